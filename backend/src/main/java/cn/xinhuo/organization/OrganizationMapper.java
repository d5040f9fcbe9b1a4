package cn.xinhuo.organization;

import cn.xinhuo.organization.dto.OrganizationCreate;
import cn.xinhuo.organization.dto.OrganizationUpdate;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** Request bodies onto the entity; id, status, version and audit fields are never taken from a body. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.IGNORE)
interface OrganizationMapper {

    Organization toEntity(OrganizationCreate create);

    @BeanMapping(ignoreByDefault = false)
    void update(OrganizationUpdate update, @MappingTarget Organization organization);
}
