package org.casebook.facility;

import java.util.List;
import java.util.stream.Collectors;
import org.casebook.web.CsvCells;

/** Published facilities as CSV: one row each, names joined, every cell formula-safe. */
public final class FacilityCsv {
    public static final List<String> HEADER = List.of(
            "id",
            "names",
            "kind",
            "status",
            "tier",
            "tier_assessed_on",
            "prefecture",
            "latitude",
            "longitude",
            "point_precision_m",
            "synthetic");

    private FacilityCsv() {}

    /** A facility's names in one cell: each with its language, "name [lang] | name [lang]". */
    public static String names(List<FacilityName> names) {
        return names.stream().map(n -> n.name() + " [" + n.lang() + "]").collect(Collectors.joining(" | "));
    }

    public static String of(List<PublishedFacility> facilities) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (PublishedFacility f : facilities) {
            List<String> cells = List.of(
                    f.publicId(),
                    names(f.names()),
                    f.kind().name(),
                    f.status().name(),
                    f.tier() == null ? "" : f.tier().toString(),
                    f.tierAssessedOn() == null ? "" : f.tierAssessedOn().toString(),
                    f.prefecture() == null ? "" : f.prefecture(),
                    Double.toString(f.latitude()),
                    Double.toString(f.longitude()),
                    Integer.toString(f.pointPrecisionM()),
                    Boolean.toString(f.synthetic()));
            out.append(cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }
}
