package org.adsync.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Schema version 17: the name keys ({@link DisplayNames#key}) that make names unique whatever their case and
 * compatibility forms, on organizations, billing products, security levels and console users, each backed by a
 * unique index so that two requests at the same instant cannot both win. Written in Java because the key (Unicode
 * NFKC and case folding) is computed the same way as the application computes it, on H2 and PostgreSQL alike. Names
 * stored before that are look-alikes of an earlier one keep their name; their key gets the row's id, so that the
 * index holds, and the log names them for an administrator to rename.
 */
public class NameKeysMigration extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(NameKeysMigration.class.getName());

    /** Each table with a name that people give, its name column and its new key column. */
    private record NamedTable(String table, String nameColumn, String keyColumn) {
    }

    private static final List<NamedTable> TABLES = List.of(
            new NamedTable("organization", "name", "name_key"),
            new NamedTable("contact_billing_product", "name", "name_key"),
            new NamedTable("security_level", "name", "name_key"),
            new NamedTable("console_user", "username", "username_key"));

    @Override
    protected void init() {
        // the version and description are this class's own, not taken from its name
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("17");
    }

    @Override
    public String getDescription() {
        return "name keys";
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (NamedTable named : TABLES) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("ALTER TABLE " + named.table() + " ADD COLUMN " + named.keyColumn() + " VARCHAR(400)");
            }
            backfill(connection, named);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE UNIQUE INDEX ux_" + named.table() + "_" + named.keyColumn() + " ON "
                        + named.table() + " (" + named.keyColumn() + ")");
            }
        }
    }

    private static void backfill(Connection connection, NamedTable named) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, " + named.nameColumn() + " FROM " + named.table()
                     + " ORDER BY id");
             PreparedStatement update = connection.prepareStatement("UPDATE " + named.table() + " SET "
                     + named.keyColumn() + " = ? WHERE id = ?")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String name = rows.getString(2);
                String key = DisplayNames.key(name);
                if (!taken.add(key)) {
                    LOG.warning(() -> named.table() + " " + id + " is named '" + name + "', which is the same name "
                            + "as an earlier one's; rename it to tell them apart");
                    key = key + " #" + id;
                }
                update.setString(1, key);
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
