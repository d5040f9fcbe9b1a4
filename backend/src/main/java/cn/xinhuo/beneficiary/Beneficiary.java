package cn.xinhuo.beneficiary;

import cn.xinhuo.common.persistence.AuditedEntity;
import cn.xinhuo.volunteer.Gender;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A person the 五老 help (帮扶对象); a child's record carries its guardian's consent. */
@Entity
@Table(name = "beneficiary")
public class Beneficiary extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public BeneficiaryCategory category;

    @Column(length = 1000)
    public String situation;

    @Column(name = "guardian_name", length = 50)
    public String guardianName;

    @Column(name = "guardian_relation", length = 20)
    public String guardianRelation;

    @Column(name = "guardian_phone_hash", length = 64, columnDefinition = "bpchar(64)")
    public String guardianPhoneHash;

    @Column(name = "guardian_phone_cipher", length = 200)
    public String guardianPhoneCipher;

    @Column(name = "parents_whereabouts", length = 200)
    public String parentsWhereabouts;

    @Column(name = "consent_given_by", length = 50)
    public String consentGivenBy;

    @Column(name = "consent_given_on")
    public LocalDate consentGivenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_method", length = 16)
    public ConsentMethod consentMethod;

    @Column(name = "consent_notice_version", length = 20)
    public String consentNoticeVersion;
}
