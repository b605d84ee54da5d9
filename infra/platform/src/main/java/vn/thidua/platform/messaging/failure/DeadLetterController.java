package vn.thidua.platform.messaging.failure;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The operator's view of this service's dead letters (administrators only, see {@link DeadLetterAccessRules}):
 * how many there are, and replaying them into the service (safe to repeat).
 */
@RestController
@RequestMapping(DeadLetterController.PATH)
public class DeadLetterController {

    public static final String PATH = "/api/admin/dead-letters";

    private final DeadLetterReplay replay;

    public DeadLetterController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @GetMapping
    public Map<String, Object> count() {
        return Map.of("count", replay.count());
    }

    @PostMapping("/replay")
    public DeadLetterReplay.Report replay() {
        return replay.replay();
    }
}
