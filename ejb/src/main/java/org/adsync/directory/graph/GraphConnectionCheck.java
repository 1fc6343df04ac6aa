package org.adsync.directory.graph;

import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.UserCollectionResponse;
import org.adsync.directory.ConnectionTestReport;
import org.adsync.directory.ConnectionTestReport.Step;
import org.adsync.directory.DirectoryException;

import java.util.ArrayList;
import java.util.List;

/**
 * Test Connection for Entra ID, step by step: a token from the sign-in host; a users query, which needs
 * User.Read.All; then the group, whose members need GroupMember.Read.All. The first failing step ends the test.
 */
final class GraphConnectionCheck {

    static final String TOKEN = "Token";
    static final String USERS = "Users";
    static final String GROUP = "Group";

    /** Counting with $count is one of Graph's "advanced queries", which need this header. */
    private static final String CONSISTENCY_LEVEL = "ConsistencyLevel";
    private static final String MEMBERS_ONLY = "userType eq 'Member'";

    private final GraphTenant source;
    private final GraphTenant settings;
    private final List<Step> steps = new ArrayList<>();

    private final Opener opener;

    GraphConnectionCheck(GraphTenant source, Opener opener) {
        this.source = source;
        this.settings = source;
        this.opener = opener;
    }

    /** Opens the connection the reader would. */
    interface Opener {
        GraphConnection open(GraphTenant source) throws DirectoryException;
    }

    ConnectionTestReport run() {
        try (GraphConnection connection = opener.open(source)) {
            if (token(connection) && users(connection)) {
                group(connection);
            }
        } catch (DirectoryException e) {
            steps.add(new Step(TOKEN, false, e.getMessage()));
        }
        return new ConnectionTestReport(List.copyOf(steps), null);
    }

    private boolean token(GraphConnection connection) {
        try {
            connection.token();
            return pass(TOKEN, "Signed in at " + settings.loginHost() + " as the application " + settings.clientId()
                    + " of tenant " + settings.tenantId() + ".");
        } catch (RuntimeException e) {
            return fail(TOKEN, GraphFailures.explain(e, GraphFailures.Phase.TOKEN, settings, null));
        }
    }

    private boolean users(GraphConnection connection) {
        try {
            UserCollectionResponse counted = connection.graph().users().get(request -> {
                request.queryParameters.select = new String[] {"id"};
                request.queryParameters.filter = MEMBERS_ONLY;
                request.queryParameters.count = true;
                request.queryParameters.top = 1;
                request.headers.add(CONSISTENCY_LEVEL, "eventual");
            });
            return pass(USERS, count(counted) + " member users in the tenant"
                    + (settings.groupId() == null ? ", all in scope (no group is set)." : "."));
        } catch (RuntimeException e) {
            return fail(USERS, GraphFailures.explain(e, GraphFailures.Phase.GRAPH, settings, "querying the users"));
        }
    }

    private void group(GraphConnection connection) {
        if (settings.groupId() == null) {
            pass(GROUP, "No group set: every member user of the tenant syncs.");
            return;
        }
        try {
            Group group = connection.graph().groups().byGroupId(settings.groupId()).get(request ->
                    request.queryParameters.select = new String[] {"id", "displayName"});
            UserCollectionResponse members = connection.graph().groups().byGroupId(settings.groupId())
                    .transitiveMembers().graphUser().get(request -> {
                        request.queryParameters.select = new String[] {"id"};
                        request.queryParameters.count = true;
                        request.queryParameters.top = 1;
                        request.headers.add(CONSISTENCY_LEVEL, "eventual");
                    });
            pass(GROUP, "Found the group '" + group.getDisplayName() + "': " + count(members)
                    + " users in scope, counting members of nested groups.");
        } catch (RuntimeException e) {
            fail(GROUP, GraphFailures.explain(e, GraphFailures.Phase.GRAPH, settings, "looking up the group"));
        }
    }

    private static String count(UserCollectionResponse response) {
        return response.getOdataCount() == null ? "Some" : String.valueOf(response.getOdataCount());
    }

    private boolean pass(String step, String detail) {
        steps.add(new Step(step, true, detail));
        return true;
    }

    private boolean fail(String step, DirectoryException e) {
        steps.add(new Step(step, false, e.getMessage()));
        return false;
    }
}
