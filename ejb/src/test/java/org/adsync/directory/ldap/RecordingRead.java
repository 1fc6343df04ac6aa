package org.adsync.directory.ldap;

import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.PageHandler;
import org.adsync.directory.ReadResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a read handed on, reported gone and listed, to a handler that stands for a sync holding some users in scope:
 * like the sync, it answers a listing with the users it holds neither from before nor from this read.
 */
final class RecordingRead implements PageHandler {

    final List<DirectoryEntry> entries = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<String> listed = new ArrayList<>();
    final List<String> askedAgain = new ArrayList<>();
    private final Collection<String> held;
    private final Collection<String> heldDisabled;
    ReadResult result;

    RecordingRead(Collection<String> held) {
        this(held, Set.of());
    }

    /** A sync that holds these users, those of them disabled. */
    RecordingRead(Collection<String> held, Collection<String> heldDisabled) {
        this.held = held;
        this.heldDisabled = heldDisabled;
    }

    @Override
    public void accept(List<DirectoryEntry> page) {
        entries.addAll(page);
    }

    @Override
    public void removed(List<String> anchors) {
        removed.addAll(anchors);
    }

    @Override
    public List<String> stillInScope(List<String> anchors) {
        listed.addAll(anchors);
        Set<String> read = anchors();
        return anchors.stream().filter(anchor -> !held.contains(anchor) && !read.contains(anchor)).toList();
    }

    @Override
    public List<String> disabledNow(Set<String> anchors) {
        Set<String> read = anchors();
        List<String> differ = new ArrayList<>();
        anchors.stream().filter(a -> held.contains(a) && !heldDisabled.contains(a) && !read.contains(a))
                .forEach(differ::add);
        heldDisabled.stream().filter(a -> !anchors.contains(a) && !read.contains(a)).forEach(differ::add);
        askedAgain.addAll(differ);
        return differ;
    }

    /** The anchors of the users read in full, in the order read. */
    List<String> readAnchors() {
        return entries.stream().map(DirectoryEntry::anchor).toList();
    }

    Set<String> anchors() {
        return new HashSet<>(readAnchors());
    }

    String anchorOf(String dn) {
        return entries.stream().filter(entry -> entry.dn().equals(dn)).findFirst().orElseThrow().anchor();
    }

    /** Of the users held before, those the sync now takes as gone: named, or (after a listing) not listed. */
    Set<String> gone(Set<String> heldBefore) {
        Set<String> gone = new HashSet<>(removed);
        if (!result.incremental()) {
            heldBefore.stream().filter(anchor -> !listed.contains(anchor) && !anchors().contains(anchor))
                    .forEach(gone::add);
        }
        gone.retainAll(heldBefore);
        return gone;
    }

    /** The users held after this read: those before, less the gone, with the read ones. */
    Set<String> heldAfter(Set<String> heldBefore) {
        Set<String> after = new HashSet<>(heldBefore);
        after.removeAll(gone(heldBefore));
        after.addAll(anchors());
        return after;
    }
}
