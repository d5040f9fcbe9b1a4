package cn.xinhuo.volunteer;

public enum Gender { MALE, FEMALE }
