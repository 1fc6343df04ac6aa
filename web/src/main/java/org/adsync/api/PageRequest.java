package org.adsync.api;

import org.adsync.api.problem.InvalidRequestException;

import java.util.List;

/** The {@code page} and {@code size} query parameters, checked: page from 0, size 1 to {@link Page#MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? Page.DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidRequestException("page", "Pages are counted from 0");
        }
        if (s < 1 || s > Page.MAX_SIZE) {
            throw new InvalidRequestException("size", "A page holds 1 to " + Page.MAX_SIZE + " items");
        }
        return new PageRequest(p, s);
    }

    public int first() {
        return page * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
