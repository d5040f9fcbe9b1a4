package cn.xinhuo.volunteer;

/** Where a 五老 lives; the age threshold differs (农村 / 城镇). */
public enum Residence { RURAL, URBAN }
