package vn.thidua.registration.adapter.in.web.campaign;

/** Body of POST /api/campaigns/{id}/closure; the reason is optional (and so is the body). */
public record CloseCampaignRequest(String reason) {
}
