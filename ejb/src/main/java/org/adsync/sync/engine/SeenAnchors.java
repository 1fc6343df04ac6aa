package org.adsync.sync.engine;

/**
 * The anchors one read has seen, as 64-bit hashes ({@link HashedKeyTable}): 400,000 users take some 17 MB instead
 * of the directory itself. It answers whether an anchor came twice, and afterwards which stored users were not
 * seen. A hash collision would make a user look seen twice; with 64 bits that is left to chance.
 */
final class SeenAnchors {

    private final HashedKeyTable anchors = new HashedKeyTable(1 << 12);

    /** False when the anchor was seen already in this read. */
    boolean add(String anchor) {
        return anchors.putIfAbsent(HashedKeyTable.hash(anchor), 0);
    }

    boolean contains(String anchor) {
        return anchors.contains(HashedKeyTable.hash(anchor));
    }

    int size() {
        return anchors.size();
    }
}
