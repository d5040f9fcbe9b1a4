package cn.xinhuo.beneficiary.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "BeneficiaryPage", requiredProperties = {"items", "page", "size", "total"})
public record BeneficiaryPage(List<BeneficiaryView> items, int page, int size, long total) {
}
