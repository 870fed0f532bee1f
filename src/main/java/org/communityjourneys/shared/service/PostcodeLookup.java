package org.communityjourneys.shared.service;

import java.util.Locale;
import java.util.Optional;
import org.communityjourneys.shared.domain.MapPoint;
import org.communityjourneys.shared.domain.Postcode;
import org.communityjourneys.shared.domain.PostcodeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which ward a postcode lies in, for the postcodes the project knows (migration V30). */
@Service
@Transactional(readOnly = true)
public class PostcodeLookup {

    private final PostcodeRepository postcodes;

    PostcodeLookup(PostcodeRepository postcodes) {
        this.postcodes = postcodes;
    }

    /**
     * Upper case, single space before the last three characters: " hr1  1bj" becomes "HR1 1BJ".
     * Returns an empty string for blank input.
     */
    public static String normalise(String postcode) {
        if (postcode == null) {
            return "";
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5) {
            return compact;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** What the county's reference data says of a postcode someone typed. */
    public enum Standing {
        /** Nothing typed. */
        BLANK,
        /** Not the shape of a UK postcode. */
        MALFORMED,
        /** A known postcode of the county: its ward is known. */
        KNOWN,
        /** In one of the county's postcode areas, but not in the reference data (yet). */
        UNKNOWN_IN_COUNTY,
        /** A postcode area none of the county's postcodes is in. */
        OUTSIDE_COUNTY
    }

    private static final java.util.regex.Pattern UK_POSTCODE =
            java.util.regex.Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$");

    public Standing standing(String postcode) {
        String normalised = normalise(postcode);
        if (normalised.isEmpty()) {
            return Standing.BLANK;
        }
        if (!UK_POSTCODE.matcher(normalised).matches()) {
            return Standing.MALFORMED;
        }
        if (postcodes.existsById(normalised)) {
            return Standing.KNOWN;
        }
        String area = normalised.replaceAll("[^A-Z].*$", "");
        return postcodes.anyInArea(area) ? Standing.UNKNOWN_IN_COUNTY : Standing.OUTSIDE_COUNTY;
    }

    /** The point on the map of a known postcode with a grid reference; empty otherwise. */
    public Optional<MapPoint> pointOf(String postcode) {
        String normalised = normalise(postcode);
        return normalised.isEmpty() ? Optional.empty() : postcodes.findById(normalised).flatMap(Postcode::point);
    }

    /** The ward code of a known postcode; empty for a postcode not in the table. */
    public Optional<String> wardOf(String postcode) {
        String normalised = normalise(postcode);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        return postcodes.findById(normalised).map(Postcode::getWardCode);
    }
}
