package cn.justice.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * Base of every main record: client-suppliable UUID id, optimistic {@code version} starting at 1 (the
 * {@code aggregateversion} of its events), county/township it belongs to, timestamps and the change-tracking
 * columns the sync feed reads (set by the {@code track_change} trigger, never by Hibernate).
 */
@jakarta.persistence.MappedSuperclass
public abstract class TrackedEntity {
    @Id
    public UUID id;

    @Version
    @Column(nullable = false)
    public Long version;

    @Column(name = "county_code", nullable = false, length = 6)
    public String countyCode;

    /** Township (乡镇) the record belongs to; null for a county-wide record. */
    @Column(name = "township_code", length = 9)
    public String townshipCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** SHA-256 of the create request, to tell a repeated create (200) from a clashing one (409). */
    @Column(name = "create_fingerprint", nullable = false)
    public String createFingerprint;

    @Column(name = "change_txid", insertable = false, updatable = false)
    public Long changeTxid;

    @Column(name = "change_seq", insertable = false, updatable = false)
    public Long changeSeq;

    @PrePersist
    void beforeInsert() {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        createdAt = now;
        updatedAt = now;
        if (version == null) {
            version = 1L;
        }
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
