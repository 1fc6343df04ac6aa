package org.adsync.api.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.adsync.api.ApiJson;
import org.adsync.api.Locations;
import org.adsync.api.Page;
import org.adsync.api.PageRequest;
import org.adsync.directory.DirectoryType;
import org.adsync.schedule.SyncScheduler;
import org.adsync.security.Permission;
import org.adsync.sync.SyncAttemptView;
import org.adsync.sync.SyncListQuery;
import org.adsync.sync.admin.ConnectionChecks;
import org.adsync.sync.admin.SyncAdministration;
import org.adsync.sync.admin.SyncList;


/**
 * The AD Sync list and each sync's Setup tab: create, read, change, remove, Test Connection, Force Sync, Preview.
 */
@Path("syncs")
@RequestScoped
@RolesAllowed(Permission.Roles.CONFIGURE_MICROSOFT_EXTENSIONS)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncsResource {

    @Inject
    SyncAdministration administration;

    @Inject
    ConnectionChecks connectionChecks;

    @Inject
    SyncScheduler scheduler;

    @Inject
    SyncList list;

    @Context
    UriInfo uri;

    /**
     * The list page's rows, a page at a time (two queries per page, however many syncs there are): filtered by a
     * part of the organization's name, the AD type and enabled, sorted by any column.
     */
    @GET
    public Page<SyncRow> list(@QueryParam("organization") String organization, @QueryParam("type") String type,
                              @QueryParam("enabled") String enabled, @QueryParam("sort") String sort,
                              @QueryParam("order") String order, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        SyncListQuery query = SyncListQueries.of(organization, type, enabled, sort, order);
        return request.of(list.rows(query, request.first(), request.size()).stream().map(SyncRow::of).toList(),
                list.count(query));
    }

    @POST
    public Response create(SyncInput input) {
        long id = administration.create(SyncRequests.toRequest(input, null));
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, Locations.of(uri, "syncs", Long.toString(id)))
                .entity(SyncRepresentation.of(administration.view(id))).build();
    }

    @GET
    @Path("{id}")
    public SyncRepresentation get(@PathParam("id") long id) {
        return SyncRepresentation.of(administration.view(id));
    }

    @PUT
    @Path("{id}")
    public SyncRepresentation update(@PathParam("id") long id, SyncInput input) {
        long organizationId = administration.view(id).organizationId();
        administration.update(id, SyncRequests.toRequest(input, organizationId));
        return SyncRepresentation.of(administration.view(id));
    }

    /** Removes the sync with its directory users and all its history; the contacts stay. */
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        administration.remove(id);
        return Response.noContent().build();
    }

    /** Test Connection with the stored settings; the certificate seen becomes the sync's SSL status. */
    @POST
    @Path("{id}/test")
    @Consumes(MediaType.WILDCARD)
    public ConnectionTestResult testConnection(@PathParam("id") long id) {
        return ConnectionTestResult.of(connectionChecks.testConnection(id));
    }

    /**
     * Test Connection with settings not saved yet, as the Setup tab does before Save: the body holds the settings of
     * the sync's directory type (as its {@code ldap} or {@code azure} object). Without a bind password or client
     * secret the stored one is used, but only for the same server, account, transport and trusted certificates.
     */
    @POST
    @Path("{id}/test")
    public ConnectionTestResult testConnection(@PathParam("id") long id, String unsaved) {
        if (unsaved == null || unsaved.isBlank()) {
            return ConnectionTestResult.of(connectionChecks.testConnection(id));
        }
        Jsonb json = ApiJson.strict();
        if (administration.directoryTypeOf(id) == DirectoryType.AZURE) {
            AzureInput azure = json.fromJson(unsaved, AzureInput.class);
            return ConnectionTestResult.of(connectionChecks.testConnection(SyncRequests.toAzureSettings(azure), id));
        }
        LdapInput ldap = json.fromJson(unsaved, LdapInput.class);
        return ConnectionTestResult.of(connectionChecks.testConnection(SyncRequests.toLdapSettings(ldap), id));
    }

    /**
     * Force Sync: 202 with the running attempt and its location; 409 while a sync of the organization runs.
     * {@code ?full=true} reads every user, not only what changed since the last read.
     */
    @POST
    @Path("{id}/force")
    public Response force(@PathParam("id") long id, @QueryParam("full") boolean full) {
        long attemptId = scheduler.forceSync(id, full);
        SyncAttemptView attempt = administration.attempt(id, attemptId);
        return Response.accepted(attempt)
                .header(HttpHeaders.LOCATION, Locations.of(uri, "syncs", Long.toString(id), "attempts",
                        Long.toString(attemptId)))
                .build();
    }

    /**
     * Preview: 202 with the running dry run and its location; it reads and matches as a sync would and writes
     * nothing. Its counts and its changes ({@code attempts/{attemptId}/changes}) say what a sync would do now.
     */
    @POST
    @Path("{id}/preview")
    @Consumes(MediaType.WILDCARD)
    public Response preview(@PathParam("id") long id) {
        return previewStarted(id, scheduler.preview(id));
    }

    /**
     * Preview of settings typed in, not saved: the body is the sync as PUT takes it. Without a new password or
     * secret the stored one is used, but only under the rule Test Connection follows.
     */
    @POST
    @Path("{id}/preview")
    public Response preview(@PathParam("id") long id, SyncInput unsaved) {
        return previewStarted(id, scheduler.preview(id, SyncRequests.toRequest(unsaved,
                administration.view(id).organizationId())));
    }

    private Response previewStarted(long id, long attemptId) {
        return Response.accepted(administration.attempt(id, attemptId))
                .header(HttpHeaders.LOCATION, Locations.of(uri, "syncs", Long.toString(id), "attempts",
                        Long.toString(attemptId)))
                .build();
    }
}
