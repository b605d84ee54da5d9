package vn.thidua.award.adapter.in.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.application.RoundView;
import vn.thidua.award.application.round.RoundCommands;
import vn.thidua.award.application.round.RoundInputs;
import vn.thidua.award.application.round.RoundQueries;
import vn.thidua.award.domain.catalogue.RecipientKind;
import vn.thidua.award.domain.round.RoundKind;
import vn.thidua.award.domain.round.Verdict;
import vn.thidua.contracts.AwardOutcome;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.time.VietnamTime;
import vn.thidua.platform.tree.UnitLookup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Demo rounds of Vĩnh Linh's council (profile {@code demo} only), once the tree copy knows the district: the open
 * round "Dân vận khéo 2024" to propose in, and "Dân vận khéo 2023", decided, with three awardees.
 */
@Component
@Profile("demo")
public class DemoRounds {

    static final String COUNCIL = "D464";
    static final String OPEN = "Dân vận khéo 2024";
    static final String DECIDED = "Dân vận khéo 2023";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRounds.class);
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private final RoundCommands commands;
    private final RoundQueries rounds;
    private final UnitLookup tree;
    private final Clock clock;

    public DemoRounds(RoundCommands commands, RoundQueries rounds, UnitLookup tree, Clock clock) {
        this.commands = commands;
        this.rounds = rounds;
        this.tree = tree;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seedWhenTheTreeArrives() {
        Thread seeding = new Thread(() -> CurrentCaller.runAs(Caller.system("award-service", "demo-rounds"), this::seed),
                "award-demo-rounds");
        seeding.setDaemon(true);
        seeding.start();
    }

    /** Waits for the district and its communes in the tree copy, then opens what is missing. */
    void seed() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (tree.find(COUNCIL).isEmpty() || tree.find("W19363").isEmpty()) {
            if (System.nanoTime() > deadline || !pause(Duration.ofSeconds(5))) return;
        }
        try {
            LocalDate today = VietnamTime.today(clock);
            if (find(OPEN).isEmpty()) open(OPEN, today.plusMonths(6));
            if (find(DECIDED).isEmpty()) decided(today);
            LOG.info("[demo] award rounds of {}: \"{}\" open, \"{}\" decided", COUNCIL, OPEN, DECIDED);
        } catch (RuntimeException e) {
            LOG.warn("[demo] award rounds not seeded: {}", e.toString());
        }
    }

    private void decided(LocalDate today) {
        String roundId = open(DECIDED, today);
        List<String> proposals = List.of(
                person(roundId, RecipientKind.INDIVIDUAL, "Nguyễn Thị Lan", "Chi hội trưởng Chi hội Phụ nữ", "W19363"),
                person(roundId, RecipientKind.INDIVIDUAL, "Trần Văn Hùng", "Trưởng thôn", "W19369"),
                person(roundId, RecipientKind.COLLECTIVE, "Ban Dân vận Huyện ủy Vĩnh Linh", null, COUNCIL));
        rounds.awaitProposals(proposals, p -> true, Duration.ofSeconds(30));
        commands.close(roundId);
        commands.decide(roundId, new RoundInputs.Decision("125/QĐ-HĐTĐKT", LocalDate.of(2024, 6, 20),
                "Lê Văn Quyết", proposals.stream().map(id -> new Verdict(id, AwardOutcome.APPROVED, null)).toList()));
    }

    private String open(String name, LocalDate deadline) {
        String roundId = commands.open(new RoundInputs.NewRound(name, RoundKind.ANNUAL, null, COUNCIL, null, deadline,
                List.of("GIAY_KHEN", "BANG_KHEN_CHU_TICH_UBND_TINH"), 20_000_000L));
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (find(name).isEmpty() && System.nanoTime() < until) pause(Duration.ofMillis(100));
        return roundId;
    }

    private String person(String roundId, RecipientKind kind, String name, String position, String unitId) {
        return commands.propose(roundId, new RoundInputs.NewProposal(kind, null, name, position, unitId, "GIAY_KHEN",
                "Thành tích tiêu biểu trong phong trào \"Dân vận khéo\" năm 2023", "BC-DVK-2023"));
    }

    private Optional<RoundView> find(String name) {
        return rounds.rounds().stream().filter(r -> name.equals(r.name()) && COUNCIL.equals(r.councilUnitId()))
                .findFirst();
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
