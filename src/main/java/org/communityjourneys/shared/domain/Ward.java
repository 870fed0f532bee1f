package org.communityjourneys.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An electoral ward of the county, identified by its ONS code (e.g. E05009438). */
@Entity
@Table(name = "ward")
public class Ward {

    @Id
    @Column(name = "code", length = 9)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "latitude", precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "pcn_area")
    private String pcnArea;

    protected Ward() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    /** The ward's centroid from the reference data, when it has one. */
    public java.util.Optional<MapPoint> centre() {
        return latitude == null || longitude == null ? java.util.Optional.empty() : java.util.Optional.of(new MapPoint(latitude, longitude));
    }

    public String getPcnArea() {
        return pcnArea;
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
