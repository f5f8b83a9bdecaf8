package org.polycentric.model;


/**
 * A national government (M6, M7): its stance toward climate action in [-1, 1] (hostile to
 * supportive), city autonomy, populism, net-zero target and carbon price. Great powers lead a bloc.
 */
public final class Nation {
    private final int index;
    private final String code;
    private final int region;
    private final int bloc;
    private final boolean north;
    private final boolean greatPower;
    private final double lat;
    private final double lon;
    private final double autonomy;
    private final double populism;

    private double stance;
    /** The stance the nation returns to after a populist turn ends or alignment pressure eases. */
    private double baseStance;
    private int netZeroTargetYear;
    private double carbonPrice;
    /** End of the current populist turn (calendar time), NaN when none is under way. */
    private double populistTurnUntil = Double.NaN;
    /** When the nation last turned hostile (calendar time), NaN if it never did. */
    private double hostileTurnYear = Double.NaN;

    public Nation(int index, String code, int region, int bloc, boolean north, boolean greatPower, double lat,
                  double lon, double stance, double autonomy, double populism, int netZeroTargetYear,
                  double carbonPrice) {
        this.index = index;
        this.code = code;
        this.region = region;
        this.bloc = bloc;
        this.north = north;
        this.greatPower = greatPower;
        this.lat = lat;
        this.lon = lon;
        this.stance = stance;
        this.baseStance = stance;
        this.autonomy = autonomy;
        this.populism = populism;
        this.netZeroTargetYear = netZeroTargetYear;
        this.carbonPrice = carbonPrice;
    }

    public int index() { return index; }
    public String code() { return code; }
    public int region() { return region; }
    public int bloc() { return bloc; }
    public boolean north() { return north; }
    public boolean greatPower() { return greatPower; }
    public double lat() { return lat; }
    public double lon() { return lon; }
    public double autonomy() { return autonomy; }
    public double populism() { return populism; }
    public double stance() { return stance; }
    public double baseStance() { return baseStance; }
    public int netZeroTargetYear() { return netZeroTargetYear; }
    public boolean hasNetZeroTarget() { return netZeroTargetYear > 0; }
    public double carbonPrice() { return carbonPrice; }
    public double populistTurnUntil() { return populistTurnUntil; }
    public boolean inPopulistTurn() { return !Double.isNaN(populistTurnUntil); }

    /**
     * When the nation last turned hostile: a turn (a scheduled change of course or a populist turn)
     * that took its stance from zero or above to below zero. NaN if it never did. A slow drift
     * across zero (alignment with an ally) is not a turn. M6's counter-mobilisation and M12's
     * withdrawals read it.
     */
    public double hostileTurnYear() { return hostileTurnYear; }

    public void setStance(double stance) {
        this.stance = Math.max(-1, Math.min(1, stance));
    }

    /** A turn at {@code year} (a populist turn or its end): the stance moves, the base stays. */
    public void turn(double newStance, double year) {
        boolean wasHostile = stance < 0;
        setStance(newStance);
        if (!wasHostile && stance < 0) {
            hostileTurnYear = year;
        }
    }

    /** A lasting change of course at {@code year} (a scheduled event): both the stance and the base move. */
    public void changeCourse(double newStance, double year) {
        turn(newStance, year);
        baseStance = this.stance;
    }

    public void setNetZeroTargetYear(int year) { this.netZeroTargetYear = year; }
    public void setCarbonPrice(double price) { this.carbonPrice = price; }
    public void setPopulistTurnUntil(double until) { this.populistTurnUntil = until; }
}
