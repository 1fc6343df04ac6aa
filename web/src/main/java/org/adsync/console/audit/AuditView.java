package org.adsync.console.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.adsync.audit.AuditKind;
import org.adsync.audit.AuditLog;
import org.adsync.audit.AuditQuery;
import org.adsync.console.ConsoleTime;
import org.adsync.psa.OrganizationService;
import org.adsync.psa.OrganizationSummary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The Audit page (Admin › Audit): every audited action, newest first, paged in the database, filtered by
 * organization, user, kind and days (in the viewer's time zone, both days included); and, from the link under a
 * single sign-on user's name, by the provider's subject of that one person.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    @Inject
    OrganizationService organizations;

    @Inject
    ConsoleTime time;

    private Long organizationId;
    private String actor;
    private String actorSubject;
    private AuditKind kind;
    private LocalDate from;
    private LocalDate to;
    private AuditLazyModel table;

    public AuditQuery query() {
        return new AuditQuery(organizationId, blankAsNull(actor), blankAsNull(actorSubject), kind,
                from == null ? null : from.atStartOfDay(time.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(time.getZone()).toInstant());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public AuditLazyModel getTable() {
        if (table == null) {
            table = new AuditLazyModel(audit, this::query);
        }
        return table;
    }

    public List<OrganizationSummary> getOrganizations() {
        return organizations.organizations();
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long value) { organizationId = value; }
    public String getActor() { return actor; }
    public void setActor(String value) { actor = value; }
    public String getActorSubject() { return actorSubject; }
    public void setActorSubject(String value) { actorSubject = value; }
    public AuditKind getKind() { return kind; }
    public void setKind(AuditKind value) { kind = value; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate value) { from = value; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate value) { to = value; }
}
