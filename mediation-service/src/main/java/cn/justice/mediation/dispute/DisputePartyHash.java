package cn.justice.mediation.dispute;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** Keyed hash of a party's ID number, for exact-match search ({@code ?idNumber=}) without decrypting. */
@Entity
@Table(name = "dispute_party_hash")
@IdClass(DisputePartyHash.Key.class)
public class DisputePartyHash {
    @Id
    public UUID disputeId;
    @Id
    public String idHash;

    public record Key(UUID disputeId, String idHash) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
