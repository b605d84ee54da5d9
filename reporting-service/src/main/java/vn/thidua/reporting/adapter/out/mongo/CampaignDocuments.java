package vn.thidua.reporting.adapter.out.mongo;

import org.bson.Document;
import vn.thidua.reporting.domain.campaign.Campaign;
import vn.thidua.reporting.domain.campaign.CampaignPlan;
import vn.thidua.reporting.domain.campaign.Comparison;
import vn.thidua.reporting.domain.campaign.PlanTarget;
import vn.thidua.reporting.domain.campaign.PlanMilestone;
import vn.thidua.reporting.domain.campaign.PlanWindow;

import java.util.List;

import static vn.thidua.reporting.adapter.out.mongo.Values.date;
import static vn.thidua.reporting.adapter.out.mongo.Values.day;
import static vn.thidua.reporting.adapter.out.mongo.Values.instant;
import static vn.thidua.reporting.adapter.out.mongo.Values.list;
import static vn.thidua.reporting.adapter.out.mongo.Values.text;

/** A {@link Campaign} as a document of {@value MongoProjectionStore#CAMPAIGNS} ({@code _id} = campaign id). */
final class CampaignDocuments {

    private CampaignDocuments() {
    }

    static Document toDocument(Campaign campaign) {
        Document doc = new Document("_id", campaign.campaignId())
                .append("organiserUnitId", campaign.organiserUnitId())
                .append("startYear", campaign.startYear())
                .append("endYear", campaign.endYear())
                .append("launchedAt", date(campaign.launchedAt()))
                .append("closedAt", date(campaign.closedAt()))
                .append("closeReason", campaign.closeReason());
        CampaignPlan plan = campaign.plan();
        if (plan != null) {
            doc.append("plan", new Document("name", plan.name())
                    .append("description", plan.description())
                    .append("registrationWindows", plan.registrationWindows().stream().map(w -> new Document()
                            .append("name", w.name()).append("opensOn", text(w.opensOn()))
                            .append("dueOn", text(w.dueOn()))).toList())
                    .append("milestones", plan.milestones().stream().map(m -> new Document()
                            .append("kind", m.kind()).append("title", m.title()).append("dueOn", text(m.dueOn())))
                            .toList())
                    .append("coverageTargets", plan.coverageTargets().stream().map(t -> new Document()
                            .append("unitKind", t.unitKind()).append("comparison", t.comparison().name())
                            .append("percent", t.percent())).toList())
                    .append("modelsPerUnitPerYear", plan.modelsPerUnitPerYear())
                    .append("since", date(plan.since())));
        }
        return doc;
    }

    static Campaign toCampaign(Document doc) {
        Document plan = doc.get("plan", Document.class);
        return new Campaign(doc.getString("_id"), doc.getString("organiserUnitId"), doc.getInteger("startYear"),
                doc.getInteger("endYear"), instant(doc, "launchedAt"), plan == null ? null : toPlan(plan),
                instant(doc, "closedAt"), doc.getString("closeReason"));
    }

    private static CampaignPlan toPlan(Document plan) {
        List<PlanWindow> windows = list(plan, "registrationWindows").stream()
                .map(w -> new PlanWindow(w.getString("name"), day(w, "opensOn"), day(w, "dueOn"))).toList();
        List<PlanMilestone> milestones = list(plan, "milestones").stream()
                .map(m -> new PlanMilestone(m.getString("kind"), m.getString("title"), day(m, "dueOn"))).toList();
        List<PlanTarget> targets = list(plan, "coverageTargets").stream()
                .map(t -> new PlanTarget(t.getString("unitKind"), Comparison.valueOf(t.getString("comparison")),
                        t.getInteger("percent"))).toList();
        return new CampaignPlan(plan.getString("name"), plan.getString("description"), windows, milestones, targets,
                plan.getInteger("modelsPerUnitPerYear", 0), instant(plan, "since"));
    }
}
