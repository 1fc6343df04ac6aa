package org.adsync.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects warnings of a read, keeping the first few: a directory with 100,000 bad entries gives one line each. */
public final class Warnings implements Consumer<String> {

    private static final int KEPT = 20;

    private final List<String> kept = new ArrayList<>();
    private int total;

    @Override
    public void accept(String warning) {
        total++;
        if (kept.size() < KEPT) {
            kept.add(warning);
        }
    }

    public int count() {
        return total;
    }

    public List<String> asList() {
        List<String> all = new ArrayList<>(kept);
        if (total > kept.size()) {
            all.add("... and " + (total - kept.size()) + " more");
        }
        return all;
    }
}
