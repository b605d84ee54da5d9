package vn.thidua.registration.domain;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A registered model (mô hình "Dân vận khéo") of one unit in one campaign. */
@Aggregate
public class Model {

    @AggregateIdentifier
    private String modelId;
    private boolean withdrawn;

    protected Model() {
    }

    @CommandHandler
    public Model(RegisterModelCommand command) {
        List<FieldIssue> issues = new ArrayList<>();
        if (blank(command.campaignId())) issues.add(required("campaignId"));
        if (blank(command.unitId())) issues.add(required("unitId"));
        if (command.registrantKind() == null) issues.add(required("registrantKind"));
        if (command.field() == null) issues.add(required("field"));
        if (blank(command.title())) issues.add(required("title"));
        if (!issues.isEmpty()) {
            throw new RuleViolation("invalid-registration", "Đăng ký mô hình thiếu thông tin bắt buộc",
                    "The model registration lacks required information", issues);
        }
        apply(new ModelRegisteredEvent(command.modelId(), command.campaignId(), command.unitId(),
                command.managingUnitId(), command.registrantKind(), command.title().strip(), command.field()));
    }

    @CommandHandler
    public void handle(WithdrawModelCommand command) {
        if (withdrawn) {
            throw new RuleViolation("already-withdrawn", "Mô hình đã được rút đăng ký trước đó",
                    "The model has already been withdrawn");
        }
        if (blank(command.reason())) {
            throw new RuleViolation("reason-required", "Cần nêu lý do rút đăng ký", "A reason for withdrawal is required",
                    List.of(required("reason")));
        }
        apply(new ModelWithdrawnEvent(modelId, command.reason().strip()));
    }

    @EventSourcingHandler
    void on(ModelRegisteredEvent event) {
        this.modelId = event.modelId();
    }

    @EventSourcingHandler
    void on(ModelWithdrawnEvent event) {
        this.withdrawn = true;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static FieldIssue required(String field) {
        return new FieldIssue(field, "là bắt buộc", "is required");
    }
}
