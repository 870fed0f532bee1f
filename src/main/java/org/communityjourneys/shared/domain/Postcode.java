package org.communityjourneys.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A postcode, the ward it lies in (reference data seeded by migration V30) and its grid reference (V270). */
@Entity
@Table(name = "postcode")
public class Postcode {

    @Id
    @Column(name = "postcode", length = 8)
    private String code;

    @Column(name = "ward_code", nullable = false, length = 9)
    private String wardCode;

    /** OSGB36 National Grid reference in metres (V270); null for a postcode without one. */
    private Integer easting;

    private Integer northing;

    protected Postcode() {
    }

    public String getCode() {
        return code;
    }

    public String getWardCode() {
        return wardCode;
    }

    /** Where the postcode's grid reference lies on the map, when it has one. */
    public java.util.Optional<MapPoint> point() {
        return easting == null || northing == null ? java.util.Optional.empty()
                : java.util.Optional.of(NationalGrid.toMapPoint(easting, northing));
    }
}
