package org.adsync.api;

import java.util.List;

/** One page of a long list: the items, which page (from 0) of what size, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
}
