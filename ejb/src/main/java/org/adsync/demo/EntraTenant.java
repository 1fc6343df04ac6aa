package org.adsync.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory behind the Entra ID look-alike: users in creation order, groups that may nest, and a change log
 * from which delta rounds are answered. A delta token is a position in that log.
 */
final class EntraTenant {

    private record Change(String userId) {
    }

    private record Group(String name, List<String> members) {
    }

    private final Map<String, EntraUser> users = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    /** Bumped when the tokens are forgotten: a token names its generation and a position in the log. */
    private int generation;

    synchronized void put(EntraUser user) {
        users.put(user.id(), user);
        changes.add(new Change(user.id()));
    }

    synchronized void remove(String userId) {
        users.remove(userId);
        changes.add(new Change(userId));
    }

    synchronized void putGroup(String id, String name, List<String> memberIds) {
        groups.put(id, new Group(name, List.copyOf(memberIds)));
    }

    synchronized String groupName(String id) {
        Group group = groups.get(id);
        return group == null ? null : group.name();
    }

    /** Delta tokens issued before now are forgotten, as Graph forgets them after some days. */
    synchronized void forgetDeltaTokens() {
        generation++;
    }

    synchronized long position() {
        return changes.size();
    }

    synchronized String token(long position) {
        return generation + "-" + position;
    }

    /** The log position a delta token stands for; -1 for a token this tenant no longer knows. */
    synchronized long positionOf(String token) {
        String[] parts = token.split("-");
        if (parts.length != 2 || !parts[0].equals(String.valueOf(generation))) {
            return -1;
        }
        long position = Long.parseLong(parts[1]);
        return position <= changes.size() ? position : -1;
    }

    synchronized List<EntraUser> users() {
        return new ArrayList<>(users.values());
    }

    /** The users changed between the two tokens, each once in its latest state; null for a removed user's id. */
    synchronized List<Map.Entry<String, EntraUser>> changedBetween(long from, long to) {
        Set<String> ids = new LinkedHashSet<>();
        for (Change change : changes.subList((int) from, (int) to)) {
            ids.remove(change.userId());
            ids.add(change.userId());
        }
        List<Map.Entry<String, EntraUser>> changed = new ArrayList<>();
        ids.forEach(id -> changed.add(new java.util.AbstractMap.SimpleImmutableEntry<>(id, users.get(id))));
        return changed;
    }

    /** The users among the group's members and its nested groups' members, each once. */
    synchronized List<EntraUser> transitiveUsers(String groupId) {
        Set<String> userIds = new LinkedHashSet<>();
        collect(groupId, userIds, new HashSet<>());
        List<EntraUser> found = new ArrayList<>();
        userIds.forEach(id -> found.add(users.get(id)));
        return found;
    }

    private void collect(String groupId, Set<String> userIds, Set<String> visited) {
        Group group = groups.get(groupId);
        if (group == null || !visited.add(groupId)) {
            return;
        }
        for (String member : group.members()) {
            if (users.containsKey(member)) {
                userIds.add(member);
            } else {
                collect(member, userIds, visited);
            }
        }
    }
}
