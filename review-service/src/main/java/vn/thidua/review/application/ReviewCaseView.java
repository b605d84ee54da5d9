package vn.thidua.review.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer's view of one case: the model, its routing and why, the survey, criteria, supplements, meeting,
 * the recognition dossier (what is there, what is missing) and the decision. Kept by the projector from the
 * case's events; {@code supplementOverdue} is judged when read.
 */
public class ReviewCaseView {

    public static final String OPEN = "OPEN";
    public static final String RECOGNIZED = "RECOGNIZED";
    public static final String NEEDS_ROUTING = "NEEDS_ROUTING";

    private String id;
    private String modelId;
    private String campaignId;
    private String unitId;
    private String title;
    private String field;
    private String registrantKind;
    private String status;
    private Instant openedAt;
    private String authorityUnitId;
    private Integer routingRule;
    private String routingReason;
    private boolean routedByHand;
    private boolean contentAwaitsConfirmation;
    private List<Survey> surveys = new ArrayList<>();
    private Criteria criteria;
    private List<Supplement> supplements = new ArrayList<>();
    private Meeting meeting;
    private List<Document> dossier = new ArrayList<>();
    private List<AuthorityDocument> authorityDocuments = new ArrayList<>();
    private List<String> missing = new ArrayList<>();
    private String recognizedByUnitId;
    private Instant recognizedAt;
    private Decision decision;
    private String closedBecause;
    private List<Effectiveness> effectiveness = new ArrayList<>();
    private Instant updatedAt;
    private transient boolean supplementOverdue;

    public record Survey(LocalDate surveyedOn, List<String> inspectors, String findings) {
    }

    public record Criterion(String criterion, boolean met, String evidence) {
    }

    public record Criteria(List<Criterion> criteria, int score, int maxScore) {
    }

    public record Supplement(String requestId, String request, LocalDate dueOn, LocalDate receivedOn,
                             String receivedAs, boolean late) {
    }

    public record Meeting(LocalDate heldOn, String chair, List<String> membersPresent, int membersTotal,
                          int votesFor, int votesAgainst, int votesAbstaining, boolean quorumMet, boolean passed,
                          String conclusion) {
    }

    public record Document(String documentId, String kind, String fileName) {
    }

    /** A document of the authority; {@code documentId} (its stored file) is null for one recorded by reference only. */
    public record AuthorityDocument(String kind, String reference, LocalDate issuedOn, String documentId,
                                    String fileName, String mediaType, long sizeBytes) {
    }

    /** An effectiveness check at a milestone (SIX_MONTH, YEAR_END) of a year: EFFECTIVE, WEAKENED or STOPPED. */
    public record Effectiveness(String milestone, int year, String verdict, String evidence, LocalDate assessedOn,
                                String byUnitId) {
    }

    /** RECOGNIZED, DECLINED or REVOKED, with the decision's details and reasons. */
    public record Decision(String outcome, String number, LocalDate decidedOn, String signer, String level,
                           String byUnitId, List<String> reasons) {
    }

    public ReviewCaseView() {
    }

    public ReviewCaseView(String reviewCaseId, String modelId, String campaignId, String unitId, String status,
                          Instant openedAt) {
        this.id = reviewCaseId;
        this.modelId = modelId;
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.status = status;
        this.openedAt = openedAt;
    }

    /** The open supplement request, if any. */
    public Supplement openSupplement() {
        return supplements.stream().filter(s -> s.receivedOn() == null).findFirst().orElse(null);
    }

    /** Judges whether the open supplement request is past its due date on {@code today}. */
    public ReviewCaseView judgeOverdue(LocalDate today) {
        Supplement open = openSupplement();
        supplementOverdue = open != null && open.dueOn() != null && open.dueOn().isBefore(today);
        return this;
    }

    public String getReviewCaseId() { return id; }
    public String getModelId() { return modelId; }
    public String getCampaignId() { return campaignId; }
    public String getUnitId() { return unitId; }
    public String getTitle() { return title; }
    public String getField() { return field; }
    /** COLLECTIVE or INDIVIDUAL; null for a case opened before the kind was recorded. */
    public String getRegistrantKind() { return registrantKind; }
    public String getStatus() { return status; }
    public Instant getOpenedAt() { return openedAt; }
    public String getAuthorityUnitId() { return authorityUnitId; }
    public Integer getRoutingRule() { return routingRule; }
    public String getRoutingReason() { return routingReason; }
    public boolean isRoutedByHand() { return routedByHand; }
    public boolean isContentAwaitsConfirmation() { return contentAwaitsConfirmation; }
    public List<Survey> getSurveys() { return surveys; }
    public Criteria getCriteria() { return criteria; }
    public List<Supplement> getSupplements() { return supplements; }
    public Meeting getMeeting() { return meeting; }
    public List<Document> getDossier() { return dossier; }
    public List<AuthorityDocument> getAuthorityDocuments() { return authorityDocuments; }
    public List<String> getMissing() { return missing; }
    public String getRecognizedByUnitId() { return recognizedByUnitId; }
    public Instant getRecognizedAt() { return recognizedAt; }
    public Decision getDecision() { return decision; }
    public String getClosedBecause() { return closedBecause; }
    public List<Effectiveness> getEffectiveness() { return effectiveness == null ? List.of() : effectiveness; }
    public Instant getUpdatedAt() { return updatedAt; }
    public boolean isSupplementOverdue() { return supplementOverdue; }

    void setTitle(String title) { this.title = title; }
    void setField(String field) { this.field = field; }
    void setRegistrantKind(String registrantKind) { this.registrantKind = registrantKind; }
    void setStatus(String status) { this.status = status; }
    void setAuthorityUnitId(String authorityUnitId) { this.authorityUnitId = authorityUnitId; }
    void setRoutingRule(Integer routingRule) { this.routingRule = routingRule; }
    void setRoutingReason(String routingReason) { this.routingReason = routingReason; }
    void setRoutedByHand(boolean routedByHand) { this.routedByHand = routedByHand; }
    void setContentAwaitsConfirmation(boolean awaits) { this.contentAwaitsConfirmation = awaits; }
    void setCriteria(Criteria criteria) { this.criteria = criteria; }
    void setMeeting(Meeting meeting) { this.meeting = meeting; }
    void setMissing(List<String> missing) { this.missing = new ArrayList<>(missing); }
    void setRecognizedByUnitId(String unit) { this.recognizedByUnitId = unit; }
    void setRecognizedAt(Instant at) { this.recognizedAt = at; }
    void setDecision(Decision decision) { this.decision = decision; }
    void setClosedBecause(String closedBecause) { this.closedBecause = closedBecause; }

    /** Records a check, replacing an earlier one of the same milestone and year; the latest check comes first. */
    void assessed(Effectiveness check) {
        List<Effectiveness> checks = new ArrayList<>(getEffectiveness());
        checks.removeIf(c -> c.milestone().equals(check.milestone()) && c.year() == check.year());
        checks.add(0, check);
        effectiveness = checks;
    }
    void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
