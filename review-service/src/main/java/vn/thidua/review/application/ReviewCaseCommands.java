package vn.thidua.review.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.domain.NotFound;
import vn.thidua.platform.security.AccessGuard;
import vn.thidua.platform.security.OutsideJurisdiction;
import vn.thidua.review.domain.RecognizeModelCommand;

import static vn.thidua.review.application.access.ReviewAccess.RECOGNISERS;

/**
 * Công nhận điển hình: a recognising authority recognises a case of a unit within its subtree, and the unit
 * recorded as recognising is the caller's own unit (from the verified token, never from the request).
 */
@Service
public class ReviewCaseCommands {

    private final CommandGateway commands;
    private final ReviewCaseStore cases;
    private final AccessGuard guard;

    public ReviewCaseCommands(CommandGateway commands, ReviewCaseStore cases, AccessGuard guard) {
        this.commands = commands;
        this.cases = cases;
        this.guard = guard;
    }

    public void recognize(String reviewCaseId) {
        guard.requireRole(RECOGNISERS);
        ReviewCaseView reviewCase = cases.find(reviewCaseId)
                .orElseThrow(() -> new NotFound("hồ sơ xét công nhận", "review case", reviewCaseId));
        guard.require(reviewCase.unitId(), RECOGNISERS);
        String recognisingUnit = CurrentCaller.get().map(Caller::unitId)
                .orElseThrow(() -> new OutsideJurisdiction("unit"));
        commands.sendAndWait(new RecognizeModelCommand(reviewCaseId, recognisingUnit));
    }
}
