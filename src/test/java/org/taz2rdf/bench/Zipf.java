package org.taz2rdf.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0..size-1 with probability proportional to {@code 1 / (rank + 1)^exponent}: a few very common
 * values and a long tail. Holds one cumulative table of {@code size} doubles; immutable and thread-safe.
 */
final class Zipf {

    private final double[] cumulative;

    Zipf(int size, double exponent) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1.0 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= sum;
        }
    }

    int size() {
        return cumulative.length;
    }

    int sample(SplittableRandom random) {
        double u = random.nextDouble();
        int found = Arrays.binarySearch(cumulative, u);
        int rank = found >= 0 ? found : -found - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
