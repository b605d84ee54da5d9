package vn.thidua.award.application.access;

import vn.thidua.platform.security.Role;

import static vn.thidua.platform.security.Role.ADMINISTRATOR;
import static vn.thidua.platform.security.Role.BOARD_OFFICER;
import static vn.thidua.platform.security.Role.COUNCIL_MEMBER;
import static vn.thidua.platform.security.Role.UNIT_OFFICER;
import static vn.thidua.platform.security.Role.VIEWER;

/** Who does what in award, by role; the URL table ({@code AwardAccessRules}) and the application share it. */
public final class AwardAccess {

    /** Who reads eligible models and proposals: council members, the board (Ban Dân vận) and viewers. */
    public static final Role[] READERS = {COUNCIL_MEMBER, BOARD_OFFICER, VIEWER};

    /** Who proposes awards (đề nghị khen thưởng): the board. */
    public static final Role[] PROPOSERS = {BOARD_OFFICER};

    /** Who decides them (quyết định khen thưởng): council members. */
    public static final Role[] DECIDERS = {COUNCIL_MEMBER};

    /**
     * Who proposes within a round: the board and the units' own officers (for the unit leader, who signs the
     * proposal), each for nominees of units within its subtree.
     */
    public static final Role[] ROUND_PROPOSERS = {BOARD_OFFICER, UNIT_OFFICER};

    /** Who reads rounds and their proposals: the readers and the units' officers who propose within them. */
    public static final Role[] ROUND_READERS = {COUNCIL_MEMBER, BOARD_OFFICER, VIEWER, UNIT_OFFICER};

    /** Who changes the award catalogue and the base-salary table. */
    public static final Role[] ADMINISTRATORS = {ADMINISTRATOR};

    /** Who reads the catalogue: every reader of the award stage and the administrators. */
    public static final Role[] CATALOGUE_READERS = {COUNCIL_MEMBER, BOARD_OFFICER, VIEWER, UNIT_OFFICER, ADMINISTRATOR};

    private AwardAccess() {
    }
}
