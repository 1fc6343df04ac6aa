package org.adsync.demo.directory;

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

    /** One change: of the whole user, or (properties not null) only of these properties. */
    private record Change(String userId, Set<String> properties) {
    }

    /** A user changed within a delta round, in its latest state (null when removed), and what a round carries. */
    record Changed(String id, EntraUser user, Set<String> properties) {
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
        changes.add(new Change(user.id(), null));
    }

    synchronized void change(EntraUser user, Set<String> properties) {
        users.put(user.id(), user);
        changes.add(new Change(user.id(), Set.copyOf(properties)));
    }

    synchronized void remove(String userId) {
        users.remove(userId);
        changes.add(new Change(userId, null));
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

    /**
     * The users changed between the two tokens, each once in its latest state, with the union of the properties
     * changed when every change was of some properties only (null: the whole user).
     */
    synchronized List<Changed> changedBetween(long from, long to) {
        Map<String, Set<String>> properties = new LinkedHashMap<>();
        Set<String> whole = new HashSet<>();
        for (Change change : changes.subList((int) from, (int) to)) {
            Set<String> so = properties.remove(change.userId());
            properties.put(change.userId(), so == null ? new HashSet<>() : so);
            if (change.properties() == null) {
                whole.add(change.userId());
            } else {
                properties.get(change.userId()).addAll(change.properties());
            }
        }
        List<Changed> changed = new ArrayList<>();
        properties.forEach((id, changedProperties) -> changed.add(new Changed(id, users.get(id),
                whole.contains(id) ? null : changedProperties)));
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
