package org.adsync.directory.graph;

import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.delta.DeltaGetResponse;
import org.adsync.directory.DirectoryEntry;
import org.adsync.directory.PageHandler;
import org.adsync.directory.ReadKind;
import org.adsync.directory.ReadResult;
import org.adsync.directory.Warnings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One read of a tenant's users in scope. Without a group, through the delta query: the first read pages through
 * every user and ends with a delta link, and later reads from that link get only the users created, changed or
 * deleted since. Graph keeps no delta of a group's transitive members, so a group-scoped read is always full.
 */
final class GraphUserRead {

    /** Graph's largest page for users. */
    static final int PAGE_SIZE = 999;
    /** The delta query takes no $top: the page size is a preference. */
    private static final String PREFER = "Prefer";
    private static final String MAX_PAGE_SIZE = "odata.maxpagesize=" + PAGE_SIZE;

    /** The answers of an expired or unusable delta token: a full read starts over. */
    private static final Set<String> RESYNC_CODES = Set.of("syncStateNotFound", "resyncRequired",
            "syncStateInvalid", "Directory_ExpiredPageToken");

    private final GraphServiceClient graph;
    private final PageHandler handler;
    private final Warnings warnings = new Warnings();
    private int entries;
    private int guests;

    GraphUserRead(GraphServiceClient graph, PageHandler handler) {
        this.graph = graph;
        this.handler = handler;
    }

    ReadResult groupMembers(String groupId) {
        UserCollectionResponse page = graph.groups().byGroupId(groupId).transitiveMembers().graphUser().get(request -> {
            request.queryParameters.select = GraphUserMapper.SELECT;
            request.queryParameters.top = PAGE_SIZE;
        });
        while (true) {
            take(page.getValue(), false);
            String next = page.getOdataNextLink();
            if (next == null) {
                return result(false, null);
            }
            page = graph.groups().byGroupId(groupId).transitiveMembers().graphUser().withUrl(next).get();
        }
    }

    /** Every user, ending with the link for the next read's changes. */
    ReadResult all() {
        return deltaRound(graph.users().delta().get(request -> {
            request.queryParameters.select = GraphUserMapper.SELECT;
            request.headers.add(PREFER, MAX_PAGE_SIZE);
        }), false);
    }

    /** A next or delta link holds the query; the page size is asked for again with each request. */
    private DeltaGetResponse follow(String link) {
        return graph.users().delta().withUrl(link).get(request -> request.headers.add(PREFER, MAX_PAGE_SIZE));
    }

    /** The changes since the delta link; a full read when Graph no longer knows that link. */
    ReadResult changesSince(String deltaLink) {
        DeltaGetResponse first;
        try {
            first = follow(deltaLink);
        } catch (ODataError e) {
            if (!expiredDeltaToken(e)) {
                throw e;
            }
            warnings.accept("Graph no longer had the changes since the last sync (" + e.getResponseStatusCode()
                    + "), so every user was read.");
            return all();
        }
        return deltaRound(first, true);
    }

    private ReadResult deltaRound(DeltaGetResponse page, boolean incremental) {
        while (true) {
            take(page.getValue(), incremental);
            if (page.getOdataNextLink() == null) {
                if (page.getOdataDeltaLink() == null) {
                    warnings.accept("Graph ended the read without a delta link: the next sync reads every user.");
                }
                return result(incremental, page.getOdataDeltaLink());
            }
            page = follow(page.getOdataNextLink());
        }
    }

    /** A full read hands on members only; an incremental one also names who left, or turned into a guest. */
    private void take(List<User> users, boolean incremental) {
        if (users == null || users.isEmpty()) {
            return;
        }
        List<DirectoryEntry> page = new ArrayList<>(users.size());
        List<String> gone = new ArrayList<>();
        for (User user : users) {
            if (GraphUserMapper.removed(user)) {
                gone.add(user.getId());
            } else if (GraphUserMapper.guest(user)) {
                guests++;
                gone.add(user.getId());
            } else {
                page.add(GraphUserMapper.entry(user, incremental));
            }
        }
        if (!page.isEmpty()) {
            entries += page.size();
            handler.accept(page);
        }
        if (incremental && !gone.isEmpty()) {
            handler.removed(gone);
        }
    }

    private ReadResult result(boolean incremental, String deltaLink) {
        if (guests > 0) {
            warnings.accept(guests == 1 ? "1 guest user (invited from another organization) was left out."
                    : guests + " guest users (invited from other organizations) were left out.");
        }
        return new ReadResult(entries, true, warnings.asList(), null, incremental ? ReadKind.CHANGES : ReadKind.FULL,
                deltaLink,
                incremental ? "Only the changes since the last sync were read." : null);
    }

    static boolean expiredDeltaToken(ODataError e) {
        String code = e.getError() == null ? null : e.getError().getCode();
        return e.getResponseStatusCode() == 410 || (code != null && RESYNC_CODES.contains(code));
    }
}
