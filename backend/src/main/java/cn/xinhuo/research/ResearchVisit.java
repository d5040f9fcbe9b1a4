package cn.xinhuo.research;

import cn.xinhuo.common.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A research trip (调研) of a committee: where it went, what it found, what was decided. */
@Entity
@Table(name = "research_visit")
public class ResearchVisit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public Long organizationId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Column(name = "led_by", nullable = false, length = 100)
    public String ledBy;

    @Column(length = 1000)
    public String topics;

    @Column(length = 4000)
    public String findings;

    @Column(length = 4000)
    public String measures;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "research_visit_place", joinColumns = @JoinColumn(name = "research_visit_id"))
    @Column(name = "organization_id")
    public Set<Long> places = new LinkedHashSet<>();
}
