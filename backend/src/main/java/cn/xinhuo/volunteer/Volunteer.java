package cn.xinhuo.volunteer;

import cn.xinhuo.common.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/** A 五老 of the register. ID card and mobile numbers are held only encrypted, with a keyed hash. */
@Entity
@Table(name = "volunteer")
public class Volunteer extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "volunteer_id")
    // blocks of 50 (V10): an import inserts in batches
    @jakarta.persistence.SequenceGenerator(name = "volunteer_id", sequenceName = "volunteer_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(nullable = false, length = 50)
    public String name;

    @Column(name = "name_initials", nullable = false, length = 50)
    public String nameInitials;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(length = 20)
    public String ethnicity;

    @Column(name = "id_card_hash", length = 64, columnDefinition = "bpchar(64)")
    public String idCardHash;

    @Column(name = "id_card_cipher", length = 200)
    public String idCardCipher;

    @Column(name = "mobile_hash", length = 64, columnDefinition = "bpchar(64)")
    public String mobileHash;

    @Column(name = "mobile_cipher", length = 200)
    public String mobileCipher;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Residence residence;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(32)[]")
    public String[] categories;

    @Column(name = "former_occupation", length = 100)
    public String formerOccupation;

    @Column(length = 200)
    public String specialties;

    @Column(name = "political_status", length = 32)
    public String politicalStatus;

    @Column(length = 32)
    public String health;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public VolunteerStatus status = VolunteerStatus.ACTIVE;

    @Column(name = "eligibility_override_reason", length = 500)
    public String eligibilityOverrideReason;
}
