package org.ngoaivu.validation;

import java.util.Set;

/**
 * Where the elements a {@link DossierValidator} checks stand in their document. A reader that could not read
 * every element of a collection hands the validator only those it read; the layout maps each back to its
 * place, so that problem paths point into the document, and names the ids of the elements it skipped, so
 * that references to them are not reported as dangling.
 */
public interface DocumentLayout {
    /** The layout of collections that hold every element of the document, in order. */
    DocumentLayout COMPLETE = new DocumentLayout() {
        @Override
        public int position(String collection, int index) {
            return index;
        }

        @Override
        public Set<String> unreadIds(String collection) {
            return Set.of();
        }
    };

    /**
     * The index in the document of an element that was read.
     *
     * @param collection the collection's field name, such as {@code "missions"}
     * @param index      the element's index among the elements read
     * @return its index in the document's array
     */
    int position(String collection, int index);

    /**
     * The ids of the elements of a collection that could not be read, as far as their ids could.
     *
     * @param collection the collection's field name
     * @return those ids; empty when every element was read
     */
    Set<String> unreadIds(String collection);
}
