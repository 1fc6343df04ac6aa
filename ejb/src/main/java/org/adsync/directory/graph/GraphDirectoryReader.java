package org.adsync.directory.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.DirectoryException;
import org.adsync.directory.DirectoryReader;
import org.adsync.directory.DirectoryThrottled;
import org.adsync.directory.DirectoryType;
import org.adsync.directory.FieldProblem;
import org.adsync.directory.PageHandler;
import org.adsync.directory.ReadResult;

import java.security.GeneralSecurityException;
import java.util.List;

/** Reads Microsoft Entra ID tenants through Microsoft Graph. */
@ApplicationScoped
public class GraphDirectoryReader implements DirectoryReader<GraphTenant> {

    @Inject
    Event<DirectoryThrottled> throttled;

    @Override
    public Class<GraphTenant> sourceType() {
        return GraphTenant.class;
    }

    @Override
    public ReadResult readUsers(GraphTenant source, PageHandler handler) throws DirectoryException {
        GraphTenant settings = source;
        try (GraphConnection connection = open(source)) {
            try {
                connection.token();
            } catch (RuntimeException e) {
                throw GraphFailures.explain(e, GraphFailures.Phase.TOKEN, settings, null);
            }
            GraphUserRead read = new GraphUserRead(connection.graph(), handler);
            try {
                if (settings.groupId() != null) {
                    return read.groupMembers(settings.groupId());
                }
                return source.deltaLink() == null ? read.all() : read.changesSince(source.deltaLink());
            } catch (RuntimeException e) {
                throw GraphFailures.explain(e, GraphFailures.Phase.GRAPH, settings, "reading the users");
            }
        }
    }

    /** Opening needs no network: only the trusted certificates can be wrong here. */
    GraphConnection open(GraphTenant source) throws DirectoryException {
        try {
            return GraphConnection.open(source, status -> throttled.fire(new DirectoryThrottled(DirectoryType.AZURE,
                    status)));
        } catch (GeneralSecurityException e) {
            throw new DirectoryException("The trusted certificates could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public ConnectionTestReport testConnection(GraphTenant source) {
        return new GraphConnectionCheck(source, this::open).run();
    }

    /** Graph settings have no syntax beyond what {@code AzureSettingsInput} checks. */
    @Override
    public List<FieldProblem> checkSyntax(GraphTenant source) {
        return List.of();
    }

    /** Graph's delta query may send a user more than once in a round, the later entry being the newer. */
    @Override
    public boolean repeatsUpdatedUsers() {
        return true;
    }
}
