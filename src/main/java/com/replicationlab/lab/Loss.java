package com.replicationlab.lab;

/**
 * Why a packet will be lost: in English for the trace ("drop rate 20%"), and as the key of the
 * lost packet's wording, with the link's drop rate for the one reason that has a number.
 */
record Loss(String reason, String key, String ratePercent) {
    static final Loss LINK_CUT = new Loss("the link is cut", "lostOnCutLink", "");
    static final Loss DROP_NEXT = new Loss("drop next", "lostByDropNext", "");

    static Loss dropRate(int percent) {
        return new Loss("drop rate " + percent + "%", "lostByDropRate", Integer.toString(percent));
    }
}
