package org.polycentric.output.charts;


/** Print: sized and weighted for paper (thin lines, 9-10 pt text); screen: larger text for slides and windows. */
public enum ChartTheme {
    PRINT, SCREEN
}
