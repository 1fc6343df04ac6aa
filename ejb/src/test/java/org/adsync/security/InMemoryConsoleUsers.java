package org.adsync.security;

import org.adsync.platform.DisplayNames;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Console users and security levels in memory, with ids as the database would give them, for unit tests. */
public final class InMemoryConsoleUsers implements ConsoleUserRepository {

    private final Map<Long, ConsoleUser> users = new ConcurrentHashMap<>();
    private final Map<Long, SecurityLevel> levels = new ConcurrentHashMap<>();
    private final Map<String, Instant> signIns = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** When the user last signed in, as the sign-in check recorded it. */
    public Optional<Instant> lastSignIn(String username) {
        return Optional.ofNullable(signIns.get(username));
    }

    @Override
    public Optional<ConsoleUser> findByUsername(String username) {
        return users.values().stream().filter(u -> u.getUsername().equals(username)).findFirst();
    }

    @Override
    public Optional<SecurityLevel> findSecurityLevel(String name) {
        return levels.values().stream().filter(l -> l.getName().equals(name)).findFirst();
    }

    @Override
    public boolean anyUserExists() {
        return !users.isEmpty();
    }

    @Override
    public ConsoleUser add(ConsoleUser user) {
        users.put(assignId(user), user);
        return user;
    }

    @Override
    public SecurityLevel add(SecurityLevel level) {
        levels.put(assignId(level), level);
        return level;
    }

    @Override
    public List<ConsoleUser> findAllUsers() {
        return List.copyOf(users.values());
    }

    @Override
    public Optional<ConsoleUser> findUser(long id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<ConsoleUser> findByUsernameIgnoringCase(String username) {
        return users.values().stream().filter(u -> DisplayNames.key(u.getUsername()).equals(DisplayNames.key(username)))
                .findFirst();
    }

    @Override
    public Optional<ConsoleUser> findBySsoSubject(String issuer, String subject) {
        return users.values().stream().filter(u -> u.isSignedOnBy(issuer, subject)).findFirst();
    }

    @Override
    public List<SecurityLevel> findAllSecurityLevels() {
        return List.copyOf(levels.values());
    }

    @Override
    public Optional<SecurityLevel> findSecurityLevel(long id) {
        return Optional.ofNullable(levels.get(id));
    }

    @Override
    public boolean isGivenBySingleSignOn(SecurityLevel level) {
        return false;
    }

    @Override
    public long countUsersOf(SecurityLevel level) {
        return users.values().stream().filter(u -> u.getSecurityLevel() == level).count();
    }

    @Override
    public void recordSignIn(String username, Instant at) {
        signIns.put(username, at);
        findByUsername(username).ifPresent(user -> set(user, "lastSignedInAt", at));
    }

    @Override
    public void remove(ConsoleUser user) {
        users.values().remove(user);
    }

    @Override
    public void remove(SecurityLevel level) {
        levels.values().remove(level);
    }

    private long assignId(Object entity) {
        long id = ids.incrementAndGet();
        set(entity, "id", id);
        return id;
    }

    private static void set(Object entity, String fieldName, Object value) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(fieldName);
                field.setAccessible(true);
                field.set(entity, value);
                return;
            } catch (NoSuchFieldException notHere) {
                // a test's subclass: the entity's own class has it
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("No field " + fieldName + " in " + entity.getClass());
    }
}
