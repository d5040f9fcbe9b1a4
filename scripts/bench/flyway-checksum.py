#!/usr/bin/env python3
"""Flyway's checksum of a migration (CRC32 over its lines without their endings, as a signed int): flyway-checksum.py <file>."""
import zlib,re,sys
data=open(sys.argv[1],'rb').read().decode('utf-8')
if data.startswith('\ufeff'): data=data[1:]
lines=re.split(r'\r\n|\n|\r', data)
if lines and lines[-1]=='': lines=lines[:-1]
crc=0
for l in lines: crc=zlib.crc32(l.encode('utf-8'),crc)
print(crc-2**32 if crc>=2**31 else crc)
