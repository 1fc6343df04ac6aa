package org.adsync.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure of the database itself (the connection lost or refused, the server shutting down, a statement
 * cancelled by its timeout, a serialization failure) from a fault of adsync's own: the first calls for waiting and
 * "try again", the second for a bug report. Recognised by the SQL state the driver gives (SQL:2011 class 08,
 * PostgreSQL's 57P01-57P03, 57014, 40001, 40P01) and, where the pool answers before any driver does, by IronJacamar's
 * "could not get a connection" message.
 */
public final class DatabaseFaults {

    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now, query cancelled; serialization; deadlock. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014", "40001", "40P01");
    /** IronJacamar: no managed connection (the pool could not open one), or a connection already destroyed. */
    private static final Set<String> POOL_CODES = Set.of("IJ000453", "IJ031040", "IJ031041");
    private static final int MAX_DEPTH = 20;

    private DatabaseFaults() {
    }

    /** Whether the failure, or any of its causes, is the database being away or refusing for a while. */
    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (isDatabaseFault(cause)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isDatabaseFault(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost cause, as the log names it: its type and message (the driver's words). */
    public static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isDatabaseFault(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
            return true;
        }
        String name = cause.getClass().getName();
        if (name.equals("org.hibernate.exception.JDBCConnectionException")
                || name.equals("jakarta.persistence.QueryTimeoutException")) {
            return true;
        }
        String message = cause.getMessage();
        return message != null && POOL_CODES.stream().anyMatch(code -> message.toUpperCase(Locale.ROOT)
                .contains(code));
    }
}
