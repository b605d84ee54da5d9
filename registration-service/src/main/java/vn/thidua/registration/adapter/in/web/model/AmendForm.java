package vn.thidua.registration.adapter.in.web.model;

import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.contracts.ModelField;
import vn.thidua.registration.application.model.ModelCommands.AmendmentInput;
import vn.thidua.registration.application.model.ModelView;

import java.time.LocalDate;

/** The amend form on a model's page: the complete registration content, prefilled, and a note. */
public class AmendForm {

    private String title;
    private ModelField field;
    private String content;
    private String method;
    private String expectedResults;
    // typed dd/MM/yyyy on the pages (d/M/yyyy and ISO also read)
    @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = {"d/M/yyyy", "yyyy-MM-dd"})
    private LocalDate startDate;
    private String reason;

    static AmendForm of(ModelView view) {
        AmendForm form = new AmendForm();
        form.title = view.title();
        form.field = view.field();
        form.content = view.content();
        form.method = view.method();
        form.expectedResults = view.expectedResults();
        form.startDate = view.startDate();
        return form;
    }

    AmendmentInput toInput() {
        return new AmendmentInput(title, field, content, method, expectedResults, startDate, reason);
    }

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
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
