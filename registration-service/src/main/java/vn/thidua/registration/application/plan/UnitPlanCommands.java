package vn.thidua.registration.application.plan;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.Role;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.platform.upload.ReceivedFile;
import vn.thidua.registration.application.campaign.CampaignDirectory;
import vn.thidua.registration.application.campaign.CampaignView;
import vn.thidua.registration.application.dossier.ContentInspector;
import vn.thidua.registration.application.model.ModelCommands;
import vn.thidua.registration.application.unit.UnitQueries;
import vn.thidua.registration.application.unit.UnitView;
import vn.thidua.registration.domain.dossier.DocumentFormat;
import vn.thidua.registration.domain.dossier.FileNames;
import vn.thidua.registration.domain.plan.FileUnitPlanCommand;
import vn.thidua.registration.domain.plan.PlanDocument;
import vn.thidua.registration.domain.plan.UnitPlan;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Files a unit's plan (kế hoạch thực hiện) for a campaign: a unit officer over the unit (403 otherwise, and for an
 * unknown campaign), the campaign open, the unit known and open today; every bad field named at once with the aggregate's rules.
 * Its signed file, if any, passes the dossier's upload checks (PDF or DOCX), is stored, and only then filed; bytes
 * the filing does not keep (refused, or the same plan again) are deleted.
 */
@Service
public class UnitPlanCommands {

    private final CommandGateway commands;
    private final CampaignDirectory campaigns;
    private final UnitQueries units;
    private final AccessGuard guard;
    private final ContentInspector inspector;
    private final UnitPlanFiles files;
    private final Clock clock;

    public UnitPlanCommands(CommandGateway commands, CampaignDirectory campaigns, UnitQueries units,
                            AccessGuard guard, ContentInspector inspector, UnitPlanFiles files, Clock clock) {
        this.commands = commands;
        this.campaigns = campaigns;
        this.units = units;
        this.guard = guard;
        this.inspector = inspector;
        this.files = files;
        this.clock = clock;
    }

    /** The plan's signed file as uploaded: the name it came under (only its safe form is kept) and its bytes. */
    public record Upload(String fileName, InputStream content) {
    }

    /** A plan as the unit fills it in. */
    public record PlanInput(String unitId, String number, LocalDate issuedOn, String signer, String note) {
    }

    /**
     * @throws NotFound an unknown campaign (403, as a unit outside the subtree: a plan's ids cannot be probed)
     * @throws vn.thidua.platform.domain.InvalidInput naming every bad field; nothing is filed then
     */
    public UnitPlan.Filing file(String campaignId, PlanInput in) {
        return file(campaignId, in, List.of(), null);
    }

    /**
     * As {@link #file(String, PlanInput)}, with the issues a form found reading its text (an unreadable date) and
     * the plan's signed file ({@code upload} null: none). A file refused alone is refused with the upload's own
     * code (empty, too large, type); with other bad fields, it is named among them.
     */
    public UnitPlan.Filing file(String campaignId, PlanInput in, List<FieldIssue> unreadable, Upload upload) {
        guard.requireRole(Role.UNIT_OFFICER);
        CampaignView campaign = campaigns.find(campaignId)
                .orElseThrow(() -> new NotFound("phong trào", "campaign", campaignId));
        LocalDate today = VietnamTime.today(clock);
        List<FieldIssue> issues = new ArrayList<>(unreadable);
        String unitId = in.unitId() == null ? null : in.unitId().strip();
        if (unitId != null && !unitId.isEmpty()) {
            UnitView unit = units.find(unitId).orElse(null);
            if (unit == null) {
                issues.add(FieldIssue.of("unitId", "model-no-such-unit"));
            } else {
                guard.require(unitId, Role.UNIT_OFFICER);
                if (!unit.openOn(today)) issues.add(ModelCommands.closed("unitId", unit));
            }
        }
        LocalDate startsOn = LocalDate.of(campaign.startYear(), 1, 1);
        FileUnitPlanCommand command = new FileUnitPlanCommand(campaign.campaignId(), unitId, in.number(),
                in.issuedOn(), in.signer(), in.note(), null, startsOn, campaign.open(), today);
        UnitPlan.issues(command).stream()
                .filter(issue -> unreadable.stream().noneMatch(u -> u.field().equals(issue.field())))
                .forEach(issues::add);
        if (upload == null) {
            if (!issues.isEmpty()) throw UnitPlan.invalid(issues);
            return commands.sendAndWait(command);
        }
        ReceivedFile received = null;
        try {
            DocumentFormat format = null;
            try {
                received = inspector.receive(upload.content());
                format = inspector.inspect(received.path(), UnitPlan.DOCUMENT_FORMATS);
            } catch (InvalidInput refused) {
                if (issues.isEmpty()) throw refused;
                issues.addAll(refused.fields());
            }
            if (!issues.isEmpty()) throw UnitPlan.invalid(issues);
            String fileName = FileNames.sanitise(upload.fileName(), format);
            PlanDocument document = new PlanDocument(files.store(received.path(), fileName, format.mediaType(),
                    command.planId(), received.sha256()), fileName, format.mediaType(), received.sizeBytes(),
                    received.sha256());
            return fileKeepingOnlyWhatIsFiled(new FileUnitPlanCommand(command.campaignId(), unitId, in.number(),
                    in.issuedOn(), in.signer(), in.note(), document, startsOn, campaign.open(), today));
        } finally {
            if (received != null) received.close();
        }
    }

    /** Files the plan with its stored file; the bytes go again when the plan refuses them or already has them. */
    private UnitPlan.Filing fileKeepingOnlyWhatIsFiled(FileUnitPlanCommand command) {
        String documentId = command.document().documentId();
        UnitPlan.Filing filing;
        try {
            filing = commands.sendAndWait(command);
        } catch (RuntimeException refused) {
            files.delete(documentId);
            throw refused;
        }
        if (!filing.changed()) files.delete(documentId);
        return filing;
    }
}
