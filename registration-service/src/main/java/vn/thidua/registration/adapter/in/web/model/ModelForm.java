package vn.thidua.registration.adapter.in.web.model;

import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.registration.application.model.RegistrationInput;

import java.time.LocalDate;

/** The register form (Mẫu 1) as the browser posts it; field names match the REST request's. */
public class ModelForm {

    private String campaignId;
    private String unitId;
    private String managingUnitId;
    private RegistrantKind registrantKind;
    private Individual individual = new Individual();
    private ModelNovelty novelty;
    private String title;
    private ModelField field;
    private String content;
    private String method;
    private String expectedResults;
    // typed dd/MM/yyyy on the pages (d/M/yyyy and ISO also read)
    @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = {"d/M/yyyy", "yyyy-MM-dd"})
    private LocalDate startDate;
    private String replicaOf;

    RegistrationInput toInput() {
        IndividualRegistrant person = individual == null ? null
                : new IndividualRegistrant(individual.getFullName(), individual.getPosition(), individual.getWorkplace());
        return new RegistrationInput(campaignId, unitId, managingUnitId, registrantKind, person, novelty, title, field,
                content, method, expectedResults, startDate, replicaOf);
    }

    /** The individual registrant's part (cá nhân). */
    public static class Individual {
        private String fullName;
        private String position;
        private String workplace;

        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = fullName; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getWorkplace() { return workplace; }
        public void setWorkplace(String workplace) { this.workplace = workplace; }
    }

    public String getCampaignId() { return campaignId; }
    public void setCampaignId(String campaignId) { this.campaignId = campaignId; }
    public String getUnitId() { return unitId; }
    public void setUnitId(String unitId) { this.unitId = unitId; }
    public String getManagingUnitId() { return managingUnitId; }
    public void setManagingUnitId(String managingUnitId) { this.managingUnitId = managingUnitId; }
    public RegistrantKind getRegistrantKind() { return registrantKind; }
    public void setRegistrantKind(RegistrantKind registrantKind) { this.registrantKind = registrantKind; }
    public Individual getIndividual() { return individual; }
    public void setIndividual(Individual individual) { this.individual = individual; }
    public ModelNovelty getNovelty() { return novelty; }
    public void setNovelty(ModelNovelty novelty) { this.novelty = novelty; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ModelField getField() { return field; }
    public void setField(ModelField field) { this.field = field; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getExpectedResults() { return expectedResults; }
    public void setExpectedResults(String expectedResults) { this.expectedResults = expectedResults; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public String getReplicaOf() { return replicaOf; }
    public void setReplicaOf(String replicaOf) { this.replicaOf = replicaOf; }
}
