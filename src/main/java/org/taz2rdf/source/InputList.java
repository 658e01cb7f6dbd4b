package org.taz2rdf.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inputs of a run in order, kept compact: the files found in a folder are held as their names relative to the
 * folder, packed as UTF-8 into one array, and each {@link Input.FileInput} is made when it is asked for. A
 * million files take some 25 MB instead of some 170 MB as paths, so the heap stays small on an archive.
 * Immutable once built.
 */
final class InputList extends AbstractList<Input> {

    private final List<List<Input>> parts;
    private final int[] firstIndex;
    private final int size;

    private InputList(List<List<Input>> parts) {
        this.parts = List.copyOf(parts);
        this.firstIndex = new int[parts.size()];
        int count = 0;
        for (int i = 0; i < parts.size(); i++) {
            firstIndex[i] = count;
            count += parts.get(i).size();
        }
        this.size = count;
    }

    @Override
    public Input get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int found = Arrays.binarySearch(firstIndex, index);
        int part = found >= 0 ? found : -found - 2;
        while (parts.get(part).isEmpty()) {
            part++;
        }
        return parts.get(part).get(index - firstIndex[part]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Collects inputs and folders of files, in the order they are added. */
    static final class Builder {
        private final List<List<Input>> parts = new ArrayList<>();
        private List<Input> singles = new ArrayList<>();

        void add(Input input) {
            singles.add(input);
        }

        /** Adds the files of a folder, given by their paths relative to it, in the order given. */
        void addFolder(Path folder, List<Path> relativePaths) {
            flushSingles();
            parts.add(new FolderFiles(folder, relativePaths));
        }

        InputList build() {
            flushSingles();
            return new InputList(parts);
        }

        private void flushSingles() {
            if (!singles.isEmpty()) {
                parts.add(List.copyOf(singles));
                singles = new ArrayList<>();
            }
        }
    }

    /** The files of one folder, as UTF-8 names relative to it, packed into one array. */
    private static final class FolderFiles extends AbstractList<Input> {
        private final Path folder;
        private final byte[] names;
        private final int[] starts;

        FolderFiles(Path folder, List<Path> relativePaths) {
            this.folder = folder;
            this.starts = new int[relativePaths.size() + 1];
            byte[][] encoded = new byte[relativePaths.size()][];
            int length = 0;
            for (int i = 0; i < encoded.length; i++) {
                encoded[i] = relativePaths.get(i).toString().getBytes(StandardCharsets.UTF_8);
                starts[i] = length;
                length += encoded[i].length;
            }
            starts[encoded.length] = length;
            this.names = new byte[length];
            for (int i = 0; i < encoded.length; i++) {
                System.arraycopy(encoded[i], 0, names, starts[i], encoded[i].length);
            }
        }

        @Override
        public Input get(int index) {
            String name = new String(names, starts[index], starts[index + 1] - starts[index], StandardCharsets.UTF_8);
            return new Input.FileInput(folder.resolve(name));
        }

        @Override
        public int size() {
            return starts.length - 1;
        }
    }
}
