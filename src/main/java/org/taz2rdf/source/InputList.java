package org.taz2rdf.source;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inputs of a run in order, kept compact: the files found in a folder are held as their names relative to the
 * folder ({@link PackedNames}), and each {@link Input.FileInput} is made when it is asked for, so the heap stays
 * small on an archive.
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

        /** Adds the files of a folder, given by their names relative to it, in the order given. */
        void addFolder(Path folder, PackedNames relativeNames) {
            flushSingles();
            parts.add(new FolderFiles(folder, relativeNames));
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

    /** The files of one folder, by their names relative to it. */
    private static final class FolderFiles extends AbstractList<Input> {
        private final Path folder;
        private final PackedNames names;

        FolderFiles(Path folder, PackedNames names) {
            this.folder = folder;
            this.names = names;
        }

        @Override
        public Input get(int index) {
            return new Input.FileInput(folder.resolve(names.get(index)));
        }

        @Override
        public int size() {
            return names.size();
        }
    }
}
