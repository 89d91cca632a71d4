"""Generate a synthetic newsroom archive: articles, their claims files, and planted defects.

Not part of the package: a benchmark input. Run from anywhere:

    python benchmarks/generate_archive.py OUT --count 1000 [--seed 1] [--defect-rate 0.2]

``OUT`` becomes a klaim repository of its own::

    OUT/pyproject.toml                 [tool.klaim] paths = ["claims"] (and pytest testpaths)
    OUT/seeds/<slug>.txt               plain-text articles (title, dateline, one paragraph a line)
    OUT/claims/<slug>.claims.yaml      ten claim records per article, schema-valid
    OUT/schemas/claims.schema.json     so the claims files' modeline resolves
    OUT/manifest.json                  every planted defect: file, line, column, kind, code

Half the articles are Indonesian, half English. Each has about fifteen paragraphs composed from
templates: attributed statements, quotations, neutral background with figures, dated events in
newsroom forms (``Senin (24/6)``, ``hari Senin (24/6)``, ``Senin malam (24/6)``, ``Senin, 24
Juni 2024``, ``on Monday, June 24``, ``Monday (June 24)``, ``on Monday, Sept. 2, 2024``), and
commentary attributed to an analyst. The phrasing, word lists and verbs here are written
independently of klaim's lexicons and patterns, so the recall measured on them means something.

A known fraction of the articles (``--defect-rate``; evenly spaced, so the archive of N is a
prefix of the archive of 10 N) carries one planted defect; the kinds take turns:

- ``wrong-weekday``: a weekday that does not fit its date (KL101);
- ``wrong-day``: the day of month changed under a correct weekday (KL101);
- ``wrong-year``: the year changed under a correct weekday and day (KL101);
- ``unattributed-commentary``: a background paragraph replaced by the outlet's own opinion
  (KL201), from one of three families of phrases (``phrasing`` in the manifest), a third each:
  ``seen``, the first, which klaim's lexicons were read against; ``dev``, written later without
  reading the lexicons, whose misses were then studied to widen them (so it is in-sample now;
  it holds the previous held-out families too, rotated in once their recall was measured);
  and ``held-out``, written by someone who never saw klaim's code, lexicons or the other
  families' misses, and never used to tune klaim: recall on it is the honest estimate for
  commentary klaim has not seen;
- ``misquote``: a claim record's quote that differs from the article (KL303).

Everything is seeded: the same seed and count give the same bytes. Each article draws from its
own generator (seeded by the archive seed and its index), so articles do not depend on N.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFECT_KINDS = ("wrong-weekday", "wrong-day", "wrong-year", "unattributed-commentary", "misquote")
EXPECTED_CODE = {"wrong-weekday": "KL101", "wrong-day": "KL101", "wrong-year": "KL101",
                 "unattributed-commentary": "KL201", "misquote": "KL303"}
MODELINE = "# yaml-language-server: $schema=../schemas/claims.schema.json"

# --- calendar words (the generator's own; English AP style abbreviates long months) ----------

WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
DATELINE_MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
DAY_PARTS_ID = ("pagi", "siang", "sore", "malam")

# --- people and places ------------------------------------------------------------------------

GIVEN = {
    "id": ("Agus", "Bambang", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah", "Joko",
           "Kartika", "Lestari", "Made", "Nining", "Oki", "Putri", "Rahmat", "Siti", "Teguh", "Umar",
           "Vina", "Wahyu", "Yusuf", "Zainal", "Andi", "Benny", "Dian", "Fitri", "Hasan", "Ismail",
           "Ratna", "Rudi", "Yanti", "Arief", "Dodi", "Endang", "Ferry", "Gilang", "Hana", "Irma",
           "Kurnia", "Larasati", "Maya", "Retno", "Sari", "Taufik", "Wulan", "Yohanes", "Novi", "Rizky"),
    "en": ("Sarah", "Michael", "Priya", "Daniel", "Elena", "Tom", "Grace", "Samuel", "Laura", "Kenji",
           "Amara", "Lucas", "Hannah", "Omar", "Claire", "Victor", "Nadia", "Peter", "Julia", "Marcus",
           "Ruth", "Felix", "Ingrid", "Theo", "Rosa", "Adrian", "Mei", "Patrick", "Leila", "Owen",
           "Beatrice", "Callum", "Dana", "Erik", "Fiona", "Gareth", "Helen", "Ivan", "Joanna", "Kwame"),
}
FAMILY = {
    "id": ("Santoso", "Wibowo", "Siregar", "Nasution", "Hutapea", "Lubis", "Harahap", "Pratama",
           "Saputra", "Hidayat", "Kusuma", "Wijaya", "Setiawan", "Gunawan", "Purnomo", "Susanto",
           "Rahman", "Hakim", "Nugraha", "Permana", "Ramadhan", "Simanjuntak", "Pardede", "Tanjung",
           "Daulay", "Manurung", "Sembiring", "Ginting", "Tarigan", "Situmorang", "Latuconsina",
           "Rumbiak", "Mandagi", "Halim", "Marpaung", "Siahaan", "Sitompul", "Wenas", "Lumintang",
           "Syarifuddin"),
    "en": ("Whitfield", "Okafor", "Brennan", "Castellano", "Lindqvist", "Moreau", "Hargreaves",
           "Nakamura", "Delgado", "Fitzgerald", "Osei", "Kowalski", "Thornton", "Abernathy", "Petrov",
           "Yilmaz", "Haddad", "Sorensen", "Quinn", "Malhotra", "Ferreira", "Gallagher", "Achterberg",
           "Whitaker", "Navarro", "Lindgren", "Ortega", "Calloway", "Drummond", "Ekwueme", "Farrow",
           "Grünewald", "Holloway", "Iversen", "Jovanovic", "Kearney", "Larsen", "Mendoza"),
}
CITIES = {
    "id": ("Bandung", "Surabaya", "Makassar", "Medan", "Palembang", "Kupang", "Ambon", "Pontianak",
           "Samarinda", "Mataram", "Padang", "Semarang", "Denpasar", "Manado", "Banjarmasin", "Kendari",
           "Jambi", "Pekanbaru", "Bengkulu", "Palu", "Ternate", "Sorong", "Cirebon", "Malang", "Solo"),
    "en": ("Leeds", "Porto", "Tacoma", "Ghent", "Cork", "Halifax", "Adelaide", "Dundee", "Lyon",
           "Bergen", "Tampere", "Bristol", "Graz", "Aarhus", "Winnipeg", "Geelong", "Utrecht", "Brno",
           "Hobart", "Galway", "Kingston", "Dunedin", "Tromso", "Spokane"),
}
INSTITUTES = {
    "id": ("Universitas Nusantara Raya", "Universitas Lembah Hijau", "Institut Teknologi Pesisir",
           "Lembaga Kajian Kebijakan Publik Merdeka", "Pusat Studi Perkotaan Cakrawala",
           "Universitas Teluk Biru", "Lembaga Riset Ekonomi Kerakyatan"),
    "en": ("Halden University", "the Centre for Regional Policy", "the Institute for Urban Studies",
           "Northgate University", "the Meridian Policy Forum", "Kestrel College",
           "the Bayside Economic Research Unit"),
}
LANDMARKS = ("Cempaka", "Melati", "Kenanga", "Sentosa", "Harapan", "Mekar", "Baru", "Raya", "Indah", "Jaya")

# --- topics -----------------------------------------------------------------------------------
# Placeholders: {city} {n} {k} {a} {b} {p} {year} {place}; {date} only in events.


@dataclass(frozen=True)
class Topic:
    """One subject an article can be about, with its phrase banks."""

    key: str
    label: str
    noun: str
    titles: tuple[str, ...]
    officials: tuple[str, ...]
    press: tuple[str, ...]
    actions: tuple[str, ...]
    quotes: tuple[str, ...]
    background: tuple[str, ...]
    events: tuple[str, ...]
    past_events: tuple[str, ...]
    judgements: tuple[str, ...]
    field: str


TOPICS_ID = (
    Topic("beras", "rice supply", "harga beras",
          ("Pemkot {city} Perluas Operasi Pasar Beras", "Stok Beras {city} Dipastikan Aman hingga Akhir Tahun",
           "Harga Beras di {city} Mulai Melandai"),
          ("Kepala Dinas Perdagangan {city}", "Direktur Utama Perum Bulog", "Wali Kota {city}",
           "Kepala Badan Pangan Daerah {city}"),
          ("Perum Bulog", "Badan Pangan Nasional"),
          ("menambah pasokan beras ke {n} pasar tradisional", "menggelar operasi pasar di {k} kecamatan",
           "menyalurkan {n} ton beras cadangan", "memperketat pengawasan harga di tingkat pengecer",
           "membuka {k} titik penjualan beras murah"),
          ("Stok di gudang cukup untuk {k} bulan ke depan", "Warga tidak perlu memborong beras",
           "Pedagang yang menimbun akan kami tindak", "Distribusi ke pulau-pulau kecil kami dahulukan",
           "Harga di pasar induk sudah mulai bergerak turun"),
          ("Harga beras medium di {city} naik dari Rp{a} menjadi Rp{b} per kilogram dalam sebulan terakhir.",
           "Gudang Bulog di {city} saat ini menyimpan sekitar {n} ton beras.",
           "Sebanyak {n} pedagang terdaftar sebagai mitra operasi pasar tahun ini."),
          ("Operasi pasar pertama digelar di Pasar {place} {date} dan menjual {n} ton beras.",
           "Truk pertama pengangkut beras cadangan tiba di gudang {city} {date}.",
           "Rapat koordinasi pengendalian harga pangan berlangsung di balai kota {date} dengan {k} peserta."),
          ("Kebijakan serupa pertama kali diterapkan di {city} {date} saat harga beras melonjak.",
           "Gudang baru Bulog di {city} diresmikan {date}."),
          ("operasi pasar hanya meredam gejolak harga untuk sementara",
           "langkah itu datang terlambat karena harga sudah naik sejak awal bulan"),
          "ekonomi pertanian"),
    Topic("banjir", "flooding", "penanganan banjir",
          ("Banjir Rendam Ribuan Rumah di {city}", "Pemkot {city} Tambah Posko Pengungsian",
           "Air Mulai Surut, Warga {city} Bersihkan Lumpur"),
          ("Kepala Badan Penanggulangan Bencana Daerah {city}", "Wali Kota {city}",
           "Kepala Dinas Sosial {city}", "Kepala Dinas Pekerjaan Umum {city}"),
          ("Badan Penanggulangan Bencana Daerah", "Pemerintah Kota {city}"),
          ("mendirikan {k} posko pengungsian tambahan", "mengerahkan {k} perahu karet ke permukiman yang terendam",
           "menyalurkan bantuan logistik untuk {n} keluarga", "mengeruk sungai di {k} titik rawan",
           "memperpanjang status tanggap darurat selama {k} hari"),
          ("Prioritas kami adalah keselamatan warga", "Air di beberapa kelurahan mulai surut",
           "Warga di bantaran sungai kami minta tetap waspada", "Makanan dan selimut sudah dikirim ke semua posko",
           "Pompa di pintu air utama bekerja penuh siang dan malam"),
          ("Banjir merendam {n} rumah di {k} kecamatan di {city}.",
           "Curah hujan di {city} mencapai {k}0 milimeter dalam satu hari.",
           "Sebanyak {n} warga masih bertahan di posko pengungsian."),
          ("Tanggul di tepi Sungai {place} jebol {date} setelah hujan deras semalaman.",
           "Ketinggian air di pintu air {place} mencapai puncaknya {date}.",
           "Relawan mulai membersihkan lumpur di permukiman warga {date}."),
          ("Banjir besar terakhir melanda {city} {date} dan merendam ribuan rumah.",
           "Tanggul Sungai {place} selesai diperbaiki {date}."),
          ("penanganan banjir di kota itu masih bersifat reaktif",
           "pemerintah daerah lamban membenahi saluran air"),
          "tata kota"),
    Topic("kereta", "commuter rail", "layanan kereta komuter",
          ("Jadwal Kereta Komuter {city} Ditambah", "Penumpang Komuter {city} Keluhkan Antrean",
           "Jalur Ganda Komuter {city} Dikebut"),
          ("Direktur Operasional PT Kereta Nusantara", "Kepala Dinas Perhubungan {city}",
           "Menteri Perhubungan", "Kepala Stasiun {place}"),
          ("PT Kereta Nusantara", "Kementerian Perhubungan"),
          ("menambah {k} perjalanan kereta pada jam sibuk", "memperpanjang peron di {k} stasiun",
           "mengganti {k} rangkaian kereta yang sudah tua", "menerapkan jadwal baru mulai bulan depan",
           "membangun jalur ganda sepanjang {k} kilometer"),
          ("Penumpang akan merasakan perjalanan yang lebih cepat", "Tarif tidak naik tahun ini",
           "Jadwal baru sudah bisa dilihat di aplikasi", "Keselamatan penumpang tetap nomor satu",
           "Antrean di loket akan jauh berkurang"),
          ("Setiap hari sekitar {n} penumpang naik kereta komuter di {city}.",
           "Jalur komuter {city} saat ini melayani {k} stasiun.",
           "Kereta komuter pertama di {city} beroperasi sejak {year}."),
          ("Uji coba jadwal baru dimulai {date} di lintas selatan {city}.",
           "Sebuah rangkaian kereta mogok di dekat Stasiun {place} {date}.",
           "Peron baru Stasiun {place} mulai dipakai {date}."),
          ("Jalur ganda pertama di {city} diresmikan {date}.", "Tarif komuter terakhir kali naik {date}."),
          ("penambahan perjalanan belum menjawab masalah kepadatan di jam sibuk",
           "rencana itu realistis asalkan anggarannya tersedia"),
          "transportasi"),
    Topic("sekolah", "school admissions", "penerimaan siswa baru",
          ("Ribuan Calon Siswa di {city} Berebut Kursi Sekolah Negeri", "Dinas Pendidikan {city} Tambah Kursi SMP",
           "Orang Tua di {city} Keluhkan Sistem Zonasi"),
          ("Kepala Dinas Pendidikan {city}", "Kepala SMA Negeri {k} {city}", "Ketua Komisi D DPRD {city}",
           "Sekretaris Dinas Pendidikan {city}"),
          ("Dinas Pendidikan {city}", "Kementerian Pendidikan"),
          ("membuka {n} kursi tambahan di sekolah negeri", "memperpanjang masa pendaftaran selama {k} hari",
           "memeriksa ulang {n} dokumen domisili calon siswa", "membangun {k} ruang kelas baru",
           "menghapus pungutan seragam di semua sekolah negeri"),
          ("Tidak boleh ada anak yang tertolak karena biaya", "Semua data pendaftar diperiksa satu per satu",
           "Sistem zonasi tetap dijalankan dengan ketat", "Orang tua bisa melapor jika menemukan pungutan liar",
           "Ruang kelas baru siap dipakai semester depan"),
          ("Tahun ini tercatat {n} calon siswa mendaftar ke SMP negeri di {city}.",
           "Kota {city} memiliki {k} SMA negeri dengan daya tampung sekitar {n} siswa.",
           "Sebanyak {n} guru honorer mengajar di sekolah negeri di {city}."),
          ("Pendaftaran jalur zonasi ditutup {date} pukul 16.00.",
           "Pengumuman hasil seleksi tahap pertama dirilis {date}.",
           "Puluhan orang tua mendatangi kantor dinas pendidikan {date}."),
          ("Sistem zonasi mulai diterapkan di {city} {date}.", "Gedung SMA Negeri {k} {city} diresmikan {date}."),
          ("sistem zonasi masih menyisakan celah manipulasi alamat",
           "penambahan kursi itu belum sebanding dengan jumlah pendaftar"),
          "pendidikan"),
    Topic("listrik", "power outage", "pemadaman listrik",
          ("Listrik Padam Berjam-jam, Warga {city} Mengeluh", "PLN Janjikan Kompensasi untuk Pelanggan {city}",
           "Gangguan Kabel Picu Pemadaman di {city}"),
          ("General Manager PLN Unit Distribusi {city}", "Kepala Dinas Energi {city}", "Wakil Wali Kota {city}",
           "Manajer Komunikasi PLN {city}"),
          ("PLN Unit Distribusi {city}", "Kementerian Energi"),
          ("mengganti {k} trafo yang rusak", "memberikan kompensasi kepada {n} pelanggan terdampak",
           "mempercepat perbaikan jaringan di {k} gardu induk", "menyiagakan {k} petugas tambahan",
           "mengirim genset ke {k} rumah sakit"),
          ("Pasokan listrik sudah pulih sepenuhnya", "Kami mohon maaf atas ketidaknyamanan ini",
           "Gangguan dipicu oleh kerusakan kabel bawah tanah",
           "Kompensasi akan otomatis masuk ke tagihan bulan depan", "Petugas bekerja sepanjang malam"),
          ("Pemadaman berdampak pada sekitar {n} pelanggan di {city}.",
           "Beban puncak listrik di {city} mencapai {n} megawatt.",
           "Jaringan distribusi di {city} memiliki {k} gardu induk."),
          ("Listrik di sebagian besar kota padam {date} sekitar pukul 19.30.",
           "Pasokan listrik di kawasan industri pulih {date}.",
           "Tim teknis menemukan kabel yang terbakar di gardu {place} {date}."),
          ("Pemadaman besar terakhir terjadi {date} dan berlangsung hampir sehari.",
           "Gardu induk baru di {city} mulai beroperasi {date}."),
          ("perawatan jaringan selama ini kurang mendapat perhatian",
           "kompensasi itu tidak sebanding dengan kerugian pelaku usaha kecil"),
          "energi"),
    Topic("pilkada", "local election", "pemungutan suara ulang",
          ("KPU {city} Gelar Pemungutan Suara Ulang", "Bawaslu {city} Terima Puluhan Laporan",
           "Rekapitulasi Suara di {city} Dimulai"),
          ("Ketua Komisi Pemilihan Umum {city}", "Ketua Badan Pengawas Pemilu {city}",
           "Kepala Kepolisian Resor {city}", "Komisioner KPU {city}"),
          ("KPU {city}", "Bawaslu {city}"),
          ("menggelar pemungutan suara ulang di {k} TPS", "mencetak {n} lembar surat suara tambahan",
           "melatih ulang {n} petugas KPPS", "memeriksa {k} laporan dugaan pelanggaran",
           "menyiagakan {n} personel pengamanan"),
          ("Semua tahapan berjalan sesuai jadwal", "Kami terbuka terhadap semua laporan masyarakat",
           "Logistik sudah tiba di setiap kecamatan", "Petugas yang lalai akan dikenai sanksi",
           "Situasi keamanan kondusif"),
          ("Daftar pemilih tetap di {city} berjumlah {n} orang.",
           "Sebanyak {k} pasangan calon bersaing dalam pemilihan wali kota {city}.",
           "Tingkat partisipasi pemilih pada putaran pertama mencapai {p} persen."),
          ("Rekapitulasi suara tingkat kota dimulai {date} di kantor KPU.",
           "Surat suara tambahan tiba di gudang logistik {date}.",
           "Bawaslu menerima laporan dugaan politik uang {date}."),
          ("Pemilihan wali kota {city} sebelumnya digelar {date}.",
           "KPU {city} menetapkan daftar pemilih tetap {date}."),
          ("pemungutan suara ulang menunjukkan lemahnya pengawasan di tingkat TPS",
           "tahapan itu sejauh ini cukup transparan"),
          "politik lokal"),
    Topic("kopi", "coffee exports", "ekspor kopi",
          ("Ekspor Kopi {city} Tembus Pasar Baru", "Petani Kopi {city} Nikmati Harga Tinggi",
           "Pemerintah Dorong Hilirisasi Kopi {city}"),
          ("Kepala Dinas Perkebunan {city}", "Ketua Asosiasi Eksportir Kopi {city}",
           "Direktur Jenderal Perdagangan Luar Negeri", "Ketua Koperasi Petani Kopi {place}"),
          ("Dinas Perkebunan {city}", "Kementerian Perdagangan"),
          ("membuka pasar ekspor baru ke {k} negara", "membagikan bibit unggul kepada {n} petani",
           "membangun {k} unit pengolahan pascapanen", "menyederhanakan izin ekspor",
           "menggelar pelatihan sertifikasi bagi {k} koperasi"),
          ("Permintaan dari luar negeri terus naik", "Petani harus mendapat harga yang layak",
           "Kualitas biji kopi dari sini diakui pembeli", "Ekspor tidak boleh lagi dalam bentuk biji mentah",
           "Cuaca tahun ini cukup bersahabat"),
          ("Ekspor kopi dari {city} mencapai {n} ton sepanjang tahun lalu.",
           "Sekitar {n} keluarga petani menggantungkan hidup pada kebun kopi di sekitar {city}.",
           "Harga kopi arabika di tingkat petani berkisar Rp{a} per kilogram."),
          ("Kontainer pertama kopi tujuan Eropa diberangkatkan dari pelabuhan {date}.",
           "Festival kopi tahunan dibuka di alun-alun {city} {date}.",
           "Delegasi pembeli dari luar negeri mengunjungi kebun petani {date}."),
          ("Kopi dari dataran tinggi {city} pertama kali diekspor {date}.",
           "Sertifikat indikasi geografis untuk kopi {city} terbit {date}."),
          ("petani kecil belum banyak menikmati kenaikan harga", "program itu cukup tepat sasaran"),
          "ekonomi perdesaan"),
)

TOPICS_EN = (
    Topic("housing", "housing", "the housing shortage",
          ("{city} Council Approves Affordable Homes Plan", "Renters in {city} Face Longer Waiting Lists",
           "New Housing Fund Announced for {city}"),
          ("Housing Minister", "{city} deputy mayor", "city planning director", "housing association chair"),
          ("{city} City Council", "the Ministry of Housing"),
          ("build {n} affordable homes by the end of the decade", "release {k} plots of public land for housing",
           "cap rent increases on council properties", "speed up planning decisions for small builders",
           "convert {k} empty office blocks into flats"),
          ("Nobody should have to wait years for a safe home", "The first tenants will move in next spring",
           "We are not going to cut corners on safety", "Builders have told us the land is the hard part",
           "This is the largest programme the city has ever attempted"),
          ("The waiting list for social housing in {city} stands at {n} households.",
           "Average rents in {city} have risen by {p} percent over two years.",
           "About {n} homes were completed in the region last year."),
          ("The first foundations were poured at the {place} site {date}.",
           "Councillors debated the plan for six hours {date}.",
           "Tenants from {k} estates marched to the town hall {date}."),
          ("The previous housing strategy was adopted {date}.", "The {place} estate was demolished {date}."),
          ("the target looked ambitious given the shortage of builders",
           "the scheme would help younger renters more than anyone else"),
          "urban policy"),
    Topic("storm", "storm recovery", "the storm recovery effort",
          ("Storm Leaves Thousands Without Power in {city}", "Clean-Up Begins After {city} Floods",
           "Emergency Funding Promised for {city} Storm Victims"),
          ("emergency management director", "{city} mayor", "regional fire chief", "state premier"),
          ("the Emergency Management Agency", "{city} City Council"),
          ("open {k} more evacuation centres", "deploy {n} extra crews to clear debris",
           "pay emergency grants to {n} households", "inspect {k} damaged bridges before reopening them",
           "extend the state of emergency for {k} days"),
          ("Our first priority is getting people somewhere warm and dry",
           "The water is going down, but slowly", "Please stay away from the riverbanks",
           "Crews have been working around the clock", "Every damaged home will be inspected"),
          ("The storm damaged about {n} homes across {k} districts of {city}.",
           "Rainfall in {city} reached {k}0 millimetres in a single day.",
           "Some {n} residents spent the night in evacuation centres."),
          ("A levee on the {place} River gave way {date} after a night of heavy rain.",
           "River levels at the {place} gauge peaked {date}.",
           "Volunteers began clearing mud from flooded streets {date}."),
          ("The last major flood hit {city} {date}.", "Repairs to the {place} levee were finished {date}."),
          ("the city's drainage upgrades had fallen years behind schedule",
           "the early warnings had worked better than in previous storms"),
          "disaster planning"),
    Topic("transit", "public transport", "the bus network overhaul",
          ("{city} Adds Late-Night Bus Routes", "Commuters in {city} Brace for Timetable Changes",
           "Tram Extension in {city} Gets Green Light"),
          ("transport director", "Transport Minister", "regional transit authority chief", "{city} councillor"),
          ("the Regional Transit Authority", "the Department for Transport"),
          ("add {k} buses to the morning peak", "extend the tram line by {k} kilometres",
           "replace {n} ageing buses with electric ones", "introduce a flat fare from next month",
           "run night services on {k} more routes"),
          ("Passengers will notice the difference within weeks", "Fares are not going up this year",
           "The new timetable is already online", "Safety comes before speed on every route",
           "Queues at the main interchange should shrink"),
          ("About {n} passengers use the {city} bus network every weekday.",
           "The network currently serves {k} routes.", "Trams first ran in {city} in {year}."),
          ("The new timetable was trialled on southern routes {date}.",
           "A tram broke down near {place} station {date}.",
           "The refurbished {place} interchange reopened {date}."),
          ("The first tram line opened {date}.", "Fares last went up {date}."),
          ("the extra buses would barely dent rush-hour crowding",
           "the plan was realistic if the funding held"),
          "transport economics"),
    Topic("hospital", "hospital waiting times", "hospital waiting times",
          ("{city} Hospital Opens New Surgical Wing", "Waiting Lists Grow at {city} Hospitals",
           "Health Board Pledges Shorter Waits in {city}"),
          ("health board chief executive", "Health Minister", "hospital medical director",
           "nursing union representative"),
          ("the {city} Health Board", "the Ministry of Health"),
          ("open {k} new operating theatres", "hire {n} additional nurses",
           "send {n} patients to private clinics for routine surgery", "extend clinic hours into the evening",
           "publish waiting times for every ward each month"),
          ("Patients deserve to know how long they will wait", "The new wing will take its first patients next week",
           "Staff have been stretched for far too long", "We expect the list to shrink by the summer",
           "No emergency care will be affected"),
          ("Some {n} patients in {city} are waiting for planned surgery.",
           "The median wait for a hip replacement is {k} weeks.",
           "The hospital employs about {n} nurses."),
          ("The surgical wing received its first patients {date}.",
           "Nurses held a two-hour stoppage at the main hospital {date}.",
           "Inspectors visited the emergency department {date}."),
          ("The current hospital building opened {date}.", "The last major waiting-list review was published {date}."),
          ("the hiring plan depended on nurses who had not yet been trained",
           "the new theatres were a genuine improvement"),
          "health policy"),
    Topic("water", "drought and water supply", "the water restrictions",
          ("Hosepipe Ban Extended in {city}", "Reservoir Levels Fall Near {city}",
           "Water Company Promises Leak Repairs in {city}"),
          ("water company operations director", "environment minister", "{city} water board chair",
           "regional hydrologist"),
          ("{city} Water", "the Environment Agency"),
          ("fix {n} leaking mains by the autumn", "lift the hosepipe ban once reservoirs reach {p} percent",
           "build a {k}-kilometre pipeline from the northern reservoir", "fit smart meters in {n} homes",
           "fine businesses that ignore the restrictions"),
          ("Every drop we save now helps in September", "The reservoirs are lower than we have ever seen in June",
           "Customers have been remarkably patient", "Leaks are our responsibility and we are fixing them",
           "There is no risk to drinking water"),
          ("Reservoirs serving {city} are at {p} percent of capacity.",
           "The company loses about {n} litres a day through leaks.",
           "The region recorded {k} weeks without significant rain."),
          ("The hosepipe ban came into force {date}.", "Engineers repaired a burst main under {place} Road {date}.",
           "Tankers began supplying outlying villages {date}."),
          ("The last hosepipe ban was lifted {date}.", "The northern reservoir was completed {date}."),
          ("the company had underinvested in its pipes for years",
           "the restrictions had been introduced at about the right moment"),
          "environmental economics"),
    Topic("recount", "election recount", "the recount",
          ("Recount Ordered in {city} Mayoral Race", "Election Officials in {city} Begin Recount",
           "Observers Watch {city} Recount Closely"),
          ("returning officer", "electoral commission chair", "{city} police superintendent", "campaign manager"),
          ("the Electoral Commission", "{city} Election Office"),
          ("recount ballots from {k} polling stations", "print {n} replacement ballot papers",
           "retrain {n} polling staff", "review {k} formal complaints", "station {n} officers at counting centres"),
          ("Every stage is running on schedule", "We welcome scrutiny from all sides",
           "Ballot boxes have reached every district", "Staff who broke the rules will face consequences",
           "The count is calm and orderly"),
          ("The electoral roll in {city} lists {n} voters.", "{k} candidates stood for mayor of {city}.",
           "Turnout in the first round was {p} percent."),
          ("Counting resumed at the civic centre {date}.", "Replacement ballots arrived at the depot {date}.",
           "The commission received a complaint about vote buying {date}."),
          ("The previous mayoral election was held {date}.", "The electoral roll was certified {date}."),
          ("the recount exposed weak supervision at polling stations",
           "the process had so far been transparent"),
          "electoral politics"),
    Topic("port", "port trade", "the port expansion",
          ("Port of {city} Handles Record Cargo", "Dockworkers in {city} Agree New Contract",
           "Port Expansion in {city} Approved"),
          ("port authority chief executive", "Trade Minister", "dockworkers union secretary", "shipping line director"),
          ("the {city} Port Authority", "the Ministry of Trade"),
          ("dredge the main channel to {k} metres", "open {k} new berths for container ships",
           "cut customs clearance times by {p} percent", "hire {n} more dockworkers",
           "build a rail link to the container terminal"),
          ("Demand from shipping lines keeps rising", "The workers have earned this agreement",
           "Bigger ships mean cheaper goods for everyone", "The channel work will not disrupt traffic",
           "We are ready for the peak season"),
          ("The port handled {n} containers last year.", "About {n} people work at the port of {city}.",
           "The main channel is currently {k} metres deep."),
          ("The first ship used the new berth {date}.", "Dockworkers walked out for a day {date}.",
           "A trade delegation toured the terminal {date}."),
          ("The container terminal opened {date}.", "The last dredging of the channel finished {date}."),
          ("the expansion would mostly benefit the largest shipping lines",
           "the contract was a fair compromise"),
          "maritime trade"),
)

# --- verbs and templates (the generator's own words) -----------------------------------------

POSTPOSED_ID = ("kata", "ujar", "tutur", "ungkap", "jelas", "terang", "tandas", "beber", "papar", "sebut")
VERBS_ID = ("mengatakan", "menyatakan", "menuturkan", "membeberkan", "menegaskan", "memaparkan",
            "menerangkan", "mengungkapkan", "menyebutkan", "mengklaim", "mengakui", "menandaskan",
            "menjelaskan", "mengemukakan")
SUBJECTS_ID = ("pihaknya", "instansinya", "pemerintah daerah", "timnya", "lembaganya")
MODALS_ID = ("akan", "segera", "berencana", "telah", "sedang bersiap")
CONTINUE_ID = ("menambahkan", "melanjutkan", "menimpali", "mengingatkan")
VERBS_EN = ("said", "announced", "confirmed", "insisted", "acknowledged", "explained", "disclosed",
            "maintained", "stressed", "reiterated", "noted", "argued")
SUBJECTS_EN = ("the agency", "the council", "the department", "the office", "the authority", "the government")
FIRST_PERSON_ID = ("akan", "bertekad", "sudah mulai", "sedang berusaha", "berjanji akan")
FIRST_PERSON_EN = ("We will", "We intend to", "Our plan is to", "We are going to", "We have promised to")
CONTINUE_EN = ("added", "went on", "continued", "told reporters")
HEADINGS = {"id": ("Respons Warga", "Langkah Berikutnya", "Kendala di Lapangan", "Sorotan Pengamat", "Data Terbaru"),
            "en": ("What comes next", "Residents react", "Budget questions", "The numbers", "A long road")}
CAPTIONS = {"id": "Foto: Petugas memeriksa kondisi lapangan di {city}. (Dok. Humas {city})",
            "en": "Photo: Officials inspect the site in {city}. (Handout)"}

# Commentary that speaks in the outlet's own voice: no source, no figure, no date.
EDITORIAL_OPENERS = {
    "id": ("Sayangnya,", "Ironisnya,", "Tak bisa dimungkiri,", "Pada akhirnya,", "Lagi-lagi,"),
    "en": ("Sadly,", "Frankly,", "Predictably,", "Once again,", "Worse still,"),
}
EDITORIAL_JUDGEMENTS = {
    "id": ("urusan {noun} kembali membuktikan lemahnya perencanaan para pemangku kebijakan",
           "janji perbaikan semacam ini sudah terlalu sering terdengar tanpa hasil nyata",
           "kebijakan setengah hati seperti ini hanya akan merugikan rakyat kecil",
           "sikap lamban para pejabat dalam urusan {noun} sungguh memprihatinkan"),
    "en": ("the handling of {noun} exposes a striking lack of planning at the top",
           "promises of this kind have been made far too often with little to show for them",
           "such a half-hearted policy will only hurt ordinary families",
           "the sluggish response from those in charge of {noun} is deeply troubling"),
}
EDITORIAL_DEMANDS = {
    "id": ("Sudah saatnya pemerintah berhenti berdalih dan mulai bekerja sungguh-sungguh.",
           "Pemerintah semestinya mendengar keluhan warga sebelum mengambil keputusan.",
           "Publik pantas mendapatkan penjelasan yang jujur, bukan sekadar slogan.",
           "Para pejabat wajib belajar dari kegagalan yang sama di masa lalu."),
    "en": ("It is high time the authorities stopped making excuses and got to work.",
           "Officials ought to listen to residents before making decisions like this.",
           "The public deserves honest answers, not slogans.",
           "Those in charge must finally learn from the failures of the past."),
}

# The development family: phrases written without reading klaim's lexicons (the first five of
# each list, then twelve more by a helper shown none of klaim), whose misses were then studied
# to widen the lexicons and rules. It is in-sample now: the benchmark reports recall on it
# separately from the held-out family below.
DEV_OPENERS = {
    "id": ("Jujur saja,",
           "Celakanya,",
           "Anehnya,",
           "Yang jelas,",
           "Mau tidak mau,",
           "Patut disesalkan,",
           "Apa boleh buat,",
           "Bagaimanapun juga,",
           "Di sinilah persoalannya,",
           "Tentu saja,",
           "Coba bayangkan,",
           "Sejatinya,",
           "Yang lebih parah,",
           "Di atas kertas,",
           "Apa pun dalihnya,",
           "Tak heran,",
           "Walhasil,"),
    "en": ("Tellingly,",
           "Regrettably,",
           "Make no mistake,",
           "Unsurprisingly,",
           "Yet again,",
           "Let us be clear,",
           "Curiously,",
           "Mind you,",
           "For all the talk,",
           "Whatever the spin,",
           "Small wonder,",
           "Put simply,",
           "To be fair,",
           "Absurdly,",
           "Credit where it is due,",
           "By any reasonable measure,",
           "Strip away the jargon,"),
}
DEV_JUDGEMENTS = {
    "id": ("pengelolaan {noun} selama ini jauh dari kata memuaskan",
           "rencana besar itu tampak lebih sebagai pencitraan ketimbang kerja nyata",
           "keputusan tergesa-gesa semacam itu mencerminkan buruknya tata kelola",
           "warga kembali menjadi korban kelalaian yang sebenarnya bisa dicegah",
           "{noun} ibarat besar pasak daripada tiang, anggaran membengkak tanpa hasil nyata",
           "para pejabat tampaknya lebih sibuk berebut panggung ketimbang bekerja",
           "{noun} tak ubahnya tong kosong yang nyaring bunyinya",
           "keputusan ini lahir dari menara gading, jauh dari denyut kehidupan orang kecil",
           "{noun} adalah bukti telanjang betapa aparat abai terhadap keselamatan publik",
           "pemborosan semacam ini jelas melukai rasa keadilan masyarakat",
           "{noun} justru menjadi contoh langka birokrasi yang bekerja cekatan dan layak diacungi jempol",
           "sikap pongah pemerintah daerah sulit diterima akal sehat",
           "{noun} hanyalah sandiwara murahan yang dipentaskan dengan uang rakyat",
           "lain di mulut lain di hati, begitulah wajah kemunafikan para pemangku kepentingan",
           "{noun} dikelola dengan cara yang memalukan sekaligus menggelikan",
           "kelalaian sebesar ini mustahil dianggap sekadar kekhilafan teknis"),
    "en": ("the management of {noun} has been nothing short of a fiasco",
           "the grand plan looks more like a public relations exercise than serious policy",
           "this kind of rushed decision reflects a troubling disregard for residents",
           "residents are once more paying the price for negligence that was entirely avoidable",
           "{noun} has been a masterclass in how not to run a city",
           "planners treated residents like an afterthought",
           "{noun} is a textbook case of arrogance dressed up as vision",
           "it takes real talent to turn a simple repair into an endless saga",
           "{noun} amounts to little more than lipstick on a pig",
           "such waste would be laughable if ratepayers were not footing the bill",
           "{noun} exposes a breathtaking indifference to ordinary families",
           "officials have mistaken motion for progress",
           "{noun} is a rare bright spot, competently delivered and worth applauding",
           "the hypocrisy on display is hard to stomach",
           "{noun} reeks of convenience winning out over common sense",
           "this neglect borders on the scandalous"),
}
DEV_DEMANDS = {
    "id": ("Pemerintah daerah harus segera membenahi persoalan ini tanpa menunggu korban berikutnya.",
           "Tidak ada alasan lagi untuk menunda perbaikan yang sudah lama dijanjikan.",
           "Sebaiknya para pengambil keputusan berhenti saling lempar tanggung jawab.",
           "Masyarakat berhak menuntut lebih dari sekadar janji manis.",
           "Kepala daerah perlu turun tangan dan meminta maaf secara terbuka.",
           "Setiap rupiah yang dibelanjakan mesti dipertanggungjawabkan kepada pembayar pajak.",
           "Dewan hendaknya menjalankan fungsi pengawasan dengan sungguh-sungguh.",
           "Jangan biarkan warga menanggung akibat dari kecerobohan penguasa.",
           "Transparansi adalah harga mati yang tak bisa ditawar.",
           "Hentikan proyek gagal ini dan evaluasi seluruh prosesnya.",
           "Instansi terkait dituntut berani mengakui kesalahan.",
           "Aspirasi penduduk harus didengar, bukan cuma ditampung untuk dilupakan.",
           "Sanksi tegas perlu dijatuhkan kepada siapa pun yang teledor.",
           "Kepercayaan yang runtuh hanya bisa dipulihkan lewat kerja konkret.",
           "Balai kota hendaknya berhenti mencari kambing hitam dan fokus membenahi layanan dasar.",
           "Kas daerah bukanlah celengan pribadi para petinggi."),
    "en": ("City leaders should fix this before anyone else gets hurt.",
           "There is no excuse for delaying repairs that were promised long ago.",
           "It is time decision makers stopped passing the buck.",
           "Residents have every right to expect more than empty promises.",
           "Voters are owed a straight answer and a proper apology.",
           "The mayor must stop hiding behind consultants and take charge.",
           "Every contract should be laid bare for scrutiny.",
           "Councillors would do well to put the public before their own comfort.",
           "Accountability cannot stop at the junior staff.",
           "Fix the basics instead of chasing another glossy scheme.",
           "A decent administration listens to the people it serves.",
           "Whoever signed off on this plan should face consequences.",
           "Communities need genuine consultation, not a token briefing.",
           "The least the authorities can offer is honesty.",
           "Leaders should spend less energy on slogans and more on results.",
           "Lost trust can only be rebuilt through deeds."),
}

# The second part of the development family: the previous held-out family (written by a helper
# shown none of klaim, measured once at 62/136 and then rotated in): its misses were studied to
# widen the lexicons, so it is in-sample now too.
DEV2_OPENERS = {
    "id": ("Terus terang,",
           "Mirisnya,",
           "Tragisnya,",
           "Tak pelak,",
           "Harus diakui,",
           "Alih-alih membaik,",
           "Bukan kebetulan,",
           "Ujung-ujungnya,"),
    "en": ("Bluntly put,",
           "Alas,",
           "Shamefully,",
           "To put it mildly,",
           "Needless to say,",
           "For all the fanfare,",
           "Astonishingly,",
           "Let there be no doubt,"),
}
DEV2_JUDGEMENTS = {
    "id": ("{noun} dikelola secara serampangan dan amburadul",
           "{noun} tak ubahnya proyek mercusuar yang lebih mementingkan seremoni daripada manfaat",
           "para petinggi tampak sibuk menyelamatkan muka sambil membiarkan masalah menumpuk",
           "hasil {noun} jauh panggang dari api",
           "masyarakat dijadikan tumbal kebijakan yang asal jadi",
           "birokrasi yang berbelit membuat urusan sederhana berubah menjadi benang kusut",
           "{noun} merupakan potret buram tata kelola yang abai terhadap kepentingan orang banyak",
           "penguasa daerah seolah menutup mata dan telinga atas jeritan rakyat kecil"),
    "en": ("{noun} has been a textbook case of bureaucratic bungling",
           "city hall has treated ordinary families as collateral damage",
           "{noun} is a slow-motion train wreck that nobody at the top seems willing to stop",
           "this is governance by press release, pure and simple",
           "the officials responsible have shown all the urgency of a snail crossing a motorway",
           "{noun} proves that slogans are a poor substitute for actual delivery",
           "households were promised relief and handed a shrug instead",
           "{noun} has become a monument to dithering and squandered cash"),
}
DEV2_DEMANDS = {
    "id": ("Pemerintah kota wajib membuka rincian penggunaan anggaran kepada khalayak.",
           "Warga berhak mendapatkan penjelasan yang gamblang dan dapat dipertanggungjawabkan.",
           "Aparat penegak hukum perlu mengusut tuntas dugaan penyimpangan yang menyertainya.",
           "Anggota dewan hendaknya berhenti bersilat lidah dan mulai bekerja untuk konstituennya.",
           "Siapa pun yang lalai mesti berani mundur dari jabatannya.",
           "Kepala dinas terkait dituntut turun langsung ke lapangan ketimbang memantau dari balik meja.",
           "Dana publik adalah hak setiap pembayar pajak, bukan milik segelintir elite.",
           "Hentikan kebiasaan menyelesaikan persoalan dengan solusi tambal sulam."),
    "en": ("The council must publish a clear plan and be held to it.",
           "Ratepayers are entitled to straight answers, not spin.",
           "Whoever approved this decision should resign.",
           "Open the books and let independent auditors follow the paper trail.",
           "A community that foots the bill has every right to demand better.",
           "State lawmakers need to stop squabbling and start legislating.",
           "Put the funding where the need is greatest and let the outcomes speak for themselves.",
           "Nothing short of a full inquiry will restore public trust."),
}



# The third part of the development family: the second held-out family (written by a helper
# shown none of klaim, measured once at 69.9% over every combination (91/136 in the 10,000
# archive) and then rotated in): its misses were studied to widen klaim, so it is in-sample now.
DEV3_OPENERS = {
    "id": ("Sungguh memalukan,",
           "Lucunya,",
           "Bak sudah jatuh tertimpa tangga,",
           "Nasi sudah menjadi bubur,",
           "Bisa ditebak,",
           "Tanpa basa-basi,",
           "Lebih parah lagi,",
           "Kalau mau jujur,",
           "Entah sampai kapan,",
           "Demi akal sehat,",
           "Menyedihkan memang,",
           "Jauh panggang dari api,"),
    "en": ("Disgracefully,",
           "Galling as it is,",
           "In a spectacular own goal,",
           "Worryingly,",
           "With breathtaking complacency,",
           "Inexcusably,",
           "Like clockwork,",
           "Incredibly,",
           "Plainly,",
           "Depressingly,",
           "As ever,",
           "Heaven help us,"),
}
DEV3_JUDGEMENTS = {
    "id": ("{noun} tak lebih dari panggung pencitraan yang mahal",
           "{noun} berjalan selambat siput di tengah krisis yang menuntut kecepatan",
           "{noun} jelas dikerjakan asal-asalan tanpa perencanaan yang matang",
           "{noun} kini menjadi potret telanjang buruknya tata kelola di daerah ini",
           "{noun} sudah lama kehilangan arah dan akal sehat",
           "{noun} justru dibiarkan terbengkalai, seolah nasib rakyat kecil bukan urusan siapa-siapa",
           "mereka yang duduk di kursi empuk tampaknya tak pernah merasakan antre berlama-lama",
           "rakyat kecil lagi-lagi dipaksa menanggung akibat kelalaian para pengambil kebijakan",
           "kebijakan tambal sulam semacam ini hanya menunda bencana yang lebih besar",
           "anggaran jumbo seolah menguap tanpa bekas",
           "semua pihak yang berwenang sibuk saling lempar tanggung jawab sementara warga terus menunggu kepastian",
           "janji manis saat kampanye kini terbukti hanya pepesan kosong"),
    "en": ("{noun} has been a textbook case of too little, too late",
           "{noun} looks less like a plan and more like a panicked scramble",
           "{noun} remains a shambles that nobody in charge seems willing to own",
           "{noun} has turned into an expensive exercise in passing the buck",
           "{noun} is failing the very people it was meant to protect",
           "{noun} was botched from the start and has only got worse",
           "ordinary families are left to pay for failures that were entirely avoidable",
           "nobody seems to have learned anything from the last disaster",
           "decision-makers plainly have never had to rely on the services they are cutting",
           "this is shaping up to be a slow-motion disaster of entirely predictable proportions",
           "responsibility seems to have vanished somewhere between the press release and the front line",
           "glossy promises have collided head-on with grim reality"),
}
DEV3_DEMANDS = {
    "id": ("Pejabat yang lalai wajib dicopot tanpa kompromi.",
           "Audit menyeluruh harus segera dilakukan dan hasilnya dibuka seterang-terangnya kepada publik.",
           "Wakil rakyat mesti berhenti bersolek di depan kamera dan mulai bekerja sungguh-sungguh.",
           "Jika dibiarkan, krisis ini hanya tinggal menunggu waktu untuk meledak.",
           "Rakyat tidak butuh seremoni, rakyat butuh solusi nyata.",
           "Tanpa pembenahan serius, kepercayaan warga akan runtuh dan sulit dibangun kembali.",
           "Sampai kapan rakyat harus terus mengalah?",
           "Usut tuntas siapa pun yang bermain di balik proyek ini.",
           "Kepentingan orang banyak semestinya berada di atas kepentingan segelintir elite.",
           "Mundur adalah pilihan paling terhormat bagi mereka yang gagal menjalankan amanah.",
           "Kontraktor nakal harus masuk daftar hitam dan diseret ke meja hijau.",
           "Bukankah keselamatan warga seharusnya menjadi prioritas utama?"),
    "en": ("Heads should roll, and soon.",
           "An independent audit must be ordered without delay, and its findings published in full.",
           "Anything less than a full public apology would be an insult to those affected.",
           "Blank cheques for failing contractors must stop now.",
           "If this is allowed to continue, worse is surely coming.",
           "Taxpayers deserve far better than excuses dressed up as explanations.",
           "How many more warnings will it take?",
           "Anyone who signed off on this should be made to answer for it.",
           "Enough is enough.",
           "Basic competence is not too much to ask from people paid with public money.",
           "Why should ordinary people keep paying for decisions they never made?",
           "Common decency demands that victims be put ahead of the balance sheet."),
}


# The fourth part of the development family: the third held-out family (written by a helper
# shown none of klaim, measured once at 72.1% over every combination (97/136 in the 10,000
# archive) and then rotated in): its misses were studied to widen klaim, so it is in-sample now.
DEV4_OPENERS = {
    "id": (
        "Astaga,",
        "Seperti biasa,",
        "Sulit dipercaya,",
        "Klise memang,",
        "Tanpa rasa malu sedikit pun,",
        "Di luar nalar sehat,",
        "Dengan entengnya,",
        "Kian hari kian jelas,",
        "Pahit untuk diakui,",
        "Ibarat pungguk merindukan bulan,",
        "Tak ubahnya menegakkan benang basah,",
        "Seolah tak pernah belajar dari pengalaman,",
    ),
    "en": (
        "Shockingly,",
        "Brazenly,",
        "True to form,",
        "Lamentably,",
        "Inevitably,",
        "Farcically,",
        "Good grief,",
        "Rather conveniently,",
        "With a straight face,",
        "Call it what you like,",
        "Hard as it is to believe,",
        "Against all common sense,",
    ),
}

DEV4_JUDGEMENTS = {
    "id": (
        "{noun} kembali menjadi panggung sandiwara yang menyedihkan",
        "{noun} dikerjakan setengah hati",
        "{noun} lebih mirip proyek mercusuar ketimbang solusi",
        "{noun} tampaknya cuma hangat-hangat tahi ayam",
        "{noun} dibiarkan terkatung-katung tanpa arah",
        "{noun} ibarat tambal sulam yang tak pernah rampung",
        "tak ada pihak yang sudi bertanggung jawab",
        "janji manis itu menguap begitu saja",
        "warga lagi-lagi dijadikan tumbal kelalaian",
        "yang sibuk justru pencitraan, bukan kerja nyata",
        "akal sehat seakan sudah lama pensiun",
        "persoalan sepele pun dibiarkan membusuk bertahun-tahun",
    ),
    "en": (
        "{noun} has descended into pantomime",
        "{noun} was botched from start to finish",
        "{noun} looks more like a vanity project than a plan",
        "{noun} is being run on a wing and a prayer",
        "{noun} remains a masterclass in how not to govern",
        "{noun} has become a byword for waste",
        "nobody in charge seems remotely interested in fixing it",
        "the promises have evaporated like morning dew",
        "ordinary families are once more left to pick up the pieces",
        "the buck, as usual, stops nowhere",
        "common sense appears to have left the building",
        "the same mistakes are being repeated with almost admirable consistency",
    ),
}

DEV4_DEMANDS = {
    "id": (
        "Berapa lama lagi warga harus menunggu?",
        "Cukup sudah omong kosong ini!",
        "Bersihkan dulu rumah sendiri sebelum menunjuk pihak lain.",
        "Yang dibutuhkan sekarang adalah kerja, bukan seremoni.",
        "Evaluasi total, bukan sekadar ganti kulit, mutlak diperlukan.",
        "Bila tak sanggup, lebih baik minggir dan beri jalan bagi yang mampu.",
        "Jangan sampai rakyat terus menjadi penonton atas kegagalan ini.",
        "Pertanggungjawaban harus ditagih, dan harus ditagih sekarang.",
        "Apakah harus menunggu korban berjatuhan dulu baru semua bergerak?",
        "Kebijakan yang keliru wajib dikoreksi tanpa menunggu sorotan kamera.",
        "Rasa malu semestinya masih tersisa di kursi kekuasaan.",
        "Berhentilah bersembunyi di balik prosedur dan mulailah bekerja!",
    ),
    "en": (
        "Someone, somewhere, must be held to account.",
        "Spare us the press releases and get on with the job.",
        "How much longer must people wait?",
        "This mess needs fixing now, not after the next inquiry.",
        "The rot must be cut out before it spreads any further.",
        "Surely it is not too much to ask for a plan that works?",
        "Apologies are cheap; a change of course is what is owed.",
        "Step up or step aside.",
        "No more excuses, no more delays.",
        "Those responsible should explain themselves, in full and in public.",
        "Until someone takes ownership, nothing will change.",
        "Shame on everyone who let it come to this!",
    ),
}


# The fifth part of the development family: the fourth held-out family (written by a helper
# shown none of klaim, measured at 51.2% over every combination both when it was taken and a
# session later, 66/136 in the 10,000 archive, then rotated in): its misses were studied to widen
# klaim, so it is in-sample now.
DEV5_OPENERS = {
    "id": (
        "Blak-blakan saja,",
        "Sudah jatuh tertimpa tangga,",
        "Setali tiga uang,",
        "Dengan wajah tanpa dosa,",
        "Ternyata oh ternyata,",
        "Konyolnya,",
        "Bukan rahasia lagi,",
        "Perlu digarisbawahi,",
        "Syukurlah,",
        "Tidak berlebihan rasanya,",
        "Belum apa-apa,",
        "Alangkah getirnya,",
    ),
    "en": (
        "Somehow,",
        "Wonders never cease,",
        "In all candour,",
        "Mercifully,",
        "Ironically,",
        "Surprise, surprise,",
        "Here we go again,",
        "It bears repeating,",
        "Out of the frying pan and into the fire,",
        "Bizarrely,",
        "On the evidence so far,",
        "Of course,",
    ),
}

DEV5_JUDGEMENTS = {
    "id": (
        "{noun} bak benang kusut yang makin ruwet setiap kali disentuh",
        "{noun} terkesan diurus dengan jurus coba-coba tanpa peta jalan yang jelas",
        "{noun} membuktikan sekali lagi bahwa perencanaan kita masih serba asal jadi",
        "{noun} amburadul dari hulu ke hilir",
        "{noun} kali ini tertangani dengan cukup rapi, dan itu patut diacungi jempol",
        "{noun} menjelma menjadi bom waktu yang terus berdetak",
        "besar pasak daripada tiang seolah sudah mendarah daging dalam pengelolaan anggaran",
        "pemerintah seakan baru tersadar setelah keadaan telanjur runyam",
        "lempar batu sembunyi tangan rupanya sudah menjadi keahlian utama di kantor-kantor pemerintahan",
        "pelayanan publik diperlakukan laksana barang mewah yang hanya bisa didapat dengan mengemis",
        "koordinasi antarlembaga tak lebih dari slogan di atas kertas",
        "kerja keras petugas di lapangan layak mendapat pujian tulus",
    ),
    "en": (
        "{noun} limps along like a car running on fumes",
        "{noun} keeps lurching from one mishap to the next",
        "{noun} turned out to be a masterclass in how not to run anything",
        "{noun} deserves a modest round of applause",
        "{noun} could hardly have been bungled more thoroughly",
        "{noun} sits mired in red tape and excuses",
        "a little humility would not have gone amiss",
        "the left hand clearly has no idea what the right hand is doing",
        "penny-wise and pound-foolish has become the guiding principle of public spending",
        "the emperor has been parading without clothes for far too long",
        "accountability went missing somewhere between the ribbon-cutting and the first breakdown",
        "praise is due to the frontline staff who held things together",
    ),
}

DEV5_DEMANDS = {
    "id": (
        "Segera turun ke lapangan, jangan hanya pandai berpidato di balik meja.",
        "Haruskah menunggu korban berjatuhan dulu baru semua pihak bergerak?",
        "Kalau memang tak sanggup, serahkan saja tugas ini kepada yang lebih cakap.",
        "Simpan dulu gunting pita dan spanduk ucapan selamat, tunjukkan hasil kerja nyata.",
        "Ingat, kursi jabatan itu amanah, bukan warisan keluarga.",
        "Sejarah akan menilai siapa yang memilih diam ketika semuanya berantakan.",
        "Siapa menabur angin akan menuai badai, dan kotak suara tak pernah lupa.",
        "Berhenti mencari kambing hitam dan mulailah bercermin.",
        "Pertahankan capaian ini, dan jangan cepat berpuas diri.",
        "Selamat atas prestasi gemilang dalam mengecewakan warga sendiri.",
        "Negeri ini tidak kekurangan orang pintar, yang langka adalah kemauan.",
        "Mau dibawa ke mana sebenarnya arah kebijakan ini?",
    ),
    "en": (
        "Roll up your sleeves and get it sorted.",
        "Must it take a tragedy before anyone lifts a finger?",
        "If the job is too big for them, they should make way for someone who can do it.",
        "Fewer photo opportunities and more actual work would be a start.",
        "Public office is a trust, not a family heirloom.",
        "History will remember who stayed silent while this unravelled.",
        "Sow the wind and you reap the whirlwind; the ballot box has a long memory.",
        "Stop hunting for scapegoats and take a long look in the mirror.",
        "Keep it up, and resist the urge to take a victory lap.",
        "Congratulations on a truly world-class performance in letting people down.",
        "What is lacking is not talent but the will to act.",
        "Where exactly is all this heading?",
    ),
}


# The sixth part of the development family: the fifth held-out family (written by a helper
# shown none of klaim, measured at 51.9% over every combination both when it was taken and a
# session later, 66/136 in the 10,000 archive, then rotated in): its misses were studied to widen
# klaim, so it is in-sample now.
DEV6_OPENERS = {
    "id": (
        "Terlepas dari pro dan kontra,",
        "Dilihat dari sisi mana pun,",
        "Hemat kami,",
        "Orang awam pun tahu,",
        "Bukan bermaksud menggurui,",
        "Di balik segala gembar-gembor,",
        "Ringkasnya,",
        "Percaya atau tidak,",
        "Kita semua tahu,",
        "Kalau dipikir-pikir,",
        "Maaf-maaf saja,",
        "Tengok saja,",
    ),
    "en": (
        "Say what you like,",
        "Whichever way you slice it,",
        "For what it's worth,",
        "At the risk of stating the obvious,",
        "Truth be told,",
        "Look,",
        "Like it or not,",
        "Not to put too fine a point on it,",
        "In our considered view,",
        "As anyone paying attention will know,",
        "All told,",
        "Spin aside,",
    ),
}
DEV6_JUDGEMENTS = {
    "id": (
        "perhatian terhadap {noun} ternyata cuma hangat-hangat tahi ayam",
        "nyaris semua langkah soal {noun} meleset dari akar masalah",
        "terobosan terkait {noun} kali ini patut diacungi jempol",
        "upaya membereskan {noun} selama ini seperti menegakkan benang basah",
        "kita disuguhi sandiwara, bukan solusi, dalam perkara {noun}",
        "carut-marut {noun} mencerminkan betapa rapuhnya perencanaan kita",
        "gebrakan dalam urusan {noun} layak diapresiasi, meski datangnya terlambat",
        "yang merancang aturan soal {noun} agaknya tak pernah turun ke lapangan",
        "{noun} ditangani ala pemadam kebakaran, baru sibuk setelah api membesar",
        "arah kebijakan {noun} makin ke sini makin ngawur",
        "langkah cepat menyangkut {noun} menunjukkan birokrasi bisa gesit kalau mau",
        "semua ini tak lebih dari panggung pencitraan",
    ),
    "en": (
        "{noun} should never have been allowed to drift this far",
        "the response to {noun} lurched from blunder to avoidable blunder",
        "nobody with a straight face could call the approach to {noun} a success",
        "the way {noun} has been handled is a textbook case of how not to govern",
        "for once, the work on {noun} got the care and competence residents had long been owed",
        "the saga over {noun} became a byword for dithering and excuses",
        "somebody forgot to tell those in charge of {noun} that good intentions are not a plan",
        "progress on {noun} shows what quiet, unglamorous competence can achieve",
        "we were promised a fresh start on {noun} and handed a rerun of old mistakes",
        "calling the handling of {noun} a fiasco would be generous",
        "the turnaround on {noun} may yet go down among the quieter success stories of recent years",
        "what a dog's breakfast the whole business has been",
    ),
}
DEV6_DEMANDS = {
    "id": (
        "Publik akan terus mengawasi, dan memang sudah seharusnya begitu.",
        "Daerah lain sebaiknya bercermin dari sini.",
        "Ingatlah semua ini saat tiba waktunya mencoblos.",
        "Ujian sesungguhnya baru dimulai ketika sorotan media meredup.",
        "Memangnya sesulit apa, sih?",
        "Catat baik-baik: ini bukan terakhir kalinya persoalan ini kita bahas.",
        "Mengurus kepentingan orang banyak sebenarnya tidak serumit itu.",
        "Maklum, standar kita memang serendah itu.",
        "Kami, setidaknya, tidak akan lupa.",
        "Apa susahnya berbuat benar sejak awal?",
        "Bola kini ada di tangan para pengambil keputusan.",
        "Yang dipertaruhkan bukan sekadar citra, melainkan kepercayaan publik.",
    ),
    "en": (
        "Lesson learned? We shall see.",
        "Voters have long memories, and they should use them at the ballot box.",
        "We will be watching, and so should you.",
        "Other councils would do well to take notes.",
        "How hard can it be?",
        "Nobody should mistake this for an accident.",
        "The real test is what happens once the cameras leave.",
        "Remember this the next time someone promises the earth.",
        "Mark our words: this will not be the last we hear of it.",
        "Good government, after all, is not rocket science.",
        "The bar, let's face it, was hardly high.",
        "Write it down, because nobody in charge will.",
    ),
}


# The seventh part of the development family: the sixth held-out family (written by a helper
# shown none of klaim, measured at 33.3% over every combination on the code it was taken on and
# 61.1% after the rules that the sixth dev part led to, then rotated in): its misses were
# studied to widen klaim, so it is in-sample now.
DEV7_OPENERS = {
    "id": (
        "Pendek kata,",
        "Aneh bin ajaib,",
        "Untuk kesekian kalinya,",
        "Dengan berat hati,",
        "Bukannya berbenah,",
        "Entah di mana nalar para pembuat kebijakan,",
        "Patut diacungi jempol,",
        "Sebagaimana sudah kami duga,",
        "Lagu lama kembali diputar.",
        "Warga sudah kenyang dengan janji.",
        "Inilah potret buram pelayanan kita.",
        "Kali ini kita patut bersyukur.",
    ),
    "en": (
        "Once the backslapping is over,",
        "Sorry to spoil the party,",
        "Lest anyone forget,",
        "Pardon our scepticism,",
        "Remarkably enough,",
        "Try as we might to be charitable,",
        "To nobody's great surprise,",
        "Embarrassingly for everyone involved,",
        "Here is a story that should make every taxpayer wince.",
        "We have seen this film before.",
        "Pity the ordinary resident.",
        "Some things never change.",
    ),
}

DEV7_JUDGEMENTS = {
    "id": (
        "orang-orang yang mengurus {noun} rupanya lupa bahwa warga punya ingatan panjang",
        "{noun} patut menjadi contoh bagi daerah lain yang masih jalan di tempat",
        "bukan main hebatnya cara pemerintah membuat {noun} makin runyam",
        "{noun} seperti sinetron tanpa ujung yang episodenya makin membosankan",
        "dalam soal {noun}, pemerintah daerah lebih sibuk berdalih ketimbang bekerja",
        "tepuk tangan layak diberikan atas keberhasilan membenahi {noun} tanpa banyak gembar-gembor",
        "betapa piawainya para pemangku kebijakan mengubah {noun} menjadi bahan tertawaan",
        "{noun} menjadi bukti telanjang bahwa perencanaan kita masih sekadar formalitas",
        "lambannya respons terhadap {noun} sungguh tak termaafkan",
        "di tengah ribut-ribut soal {noun}, suara warga nyaris tak pernah didengar",
        "kinerja aparat kali ini benar-benar di luar dugaan, dan itu patut dihargai",
        "anggaran habis entah ke mana, yang tersisa cuma papan nama dan seremoni gunting pita",
    ),
    "en": (
        "anyone hoping for a quick fix to {noun} has clearly been dreaming",
        "whoever drew up the plan for {noun} must have done it on the back of a beer mat",
        "credit belongs to the crews who turned {noun} around with quiet efficiency",
        "judging by {noun}, competence has become an optional extra at the town hall",
        "few things capture official indifference quite like {noun}",
        "bravo to the geniuses who managed to make {noun} even worse",
        "{noun} ranks as one of the few genuine successes of this administration",
        "if {noun} is the best our leaders can manage, we dread to think what failure looks like",
        "endless dithering has turned {noun} into a standing joke",
        "one almost admires the consistency with which {noun} gets bungled",
        "our elected representatives have shown precious little appetite for hard choices",
        "the quiet competence on display deserves more recognition than it usually gets",
    ),
}

DEV7_DEMANDS = {
    "id": (
        "Berbenahlah sebelum kesabaran warga benar-benar habis.",
        "Pantaskah rakyat terus-menerus menanggung akibat kecerobohan pejabatnya?",
        "Jabatan itu amanah, bukan hadiah.",
        "Tunjukkan hasil, bukan sekadar baliho dan spanduk.",
        "Teruskan langkah baik ini, dan jangan cepat berpuas diri.",
        "Kami akan terus mengawal persoalan ini sampai tuntas.",
        "Air beriak tanda tak dalam, dan warga sudah lelah mendengar riaknya.",
        "Bukan waktunya lagi saling tuding.",
        "Sekali lancung ke ujian, seumur hidup orang tak percaya.",
        "Lantas, untuk siapa sebenarnya semua kebijakan ini dibuat?",
        "Pemilih tentu tidak akan lupa ketika bilik suara dibuka kembali.",
        "Perbaiki sekarang, atau bersiaplah menanggung malu.",
    ),
    "en": (
        "Get on with it, and leave the excuses at the door.",
        "Voters should remember all of this when they next hold a pencil over the ballot paper.",
        "Is it really too much to ask for a plan that works?",
        "What residents need now is a full explanation, not another glossy leaflet.",
        "More of this, please, and sooner rather than later.",
        "Bury this scheme now before it costs us even more.",
        "Who, exactly, will be held to account when the next crisis hits?",
        "Mistakes happen; pretending they did not is unforgivable.",
        "Pride comes before a fall, and this fall has been a long time coming.",
        "Let this be a warning to every council tempted to cut corners.",
        "We expect better, and so should everyone who pays the bills.",
        "Half-measures will not cut it this time.",
    ),
}


# The eighth part of the development family: the seventh held-out family (written by a helper
# shown none of klaim, measured at 51.2% over every combination on the code before the rules
# the seventh dev part led to, and 66.3% after them, then rotated in): its misses were studied
# to widen klaim, so it is in-sample now.
DEV8_OPENERS = {
    "id": (
        "Sungguh ironis,",
        "Tanpa bermaksud menggurui,",
        "Apa mau dikata,",
        "Menggelikan sekali,",
        "Dengan segala hormat,",
        "Kalau boleh jujur,",
        "Bagai menegakkan benang basah,",
        "Sekadar mengingatkan para pemangku kebijakan,",
        "Publik sudah muak.",
        "Begini jadinya kalau urusan rakyat dianggap sepele.",
        "Siapa yang tidak geleng-geleng kepala?",
        "Mari berhenti berpura-pura.",
    ),
    "en": (
        "Stripped of the press releases,",
        "Charitably,",
        "However generously one squints,",
        "Not for the first time,",
        "Grimly,",
        "Dress it up however you like,",
        "Judged on results rather than rhetoric,",
        "Whatever one's politics,",
        "One hardly knows whether to laugh or cry.",
        "Who could possibly have seen this coming?",
        "Time for some plain speaking.",
        "Spare a thought for the long-suffering public.",
    ),
}

DEV8_JUDGEMENTS = {
    "id": (
        "{noun} bagaikan benang kusut yang tak kunjung diurai",
        "{noun} terus dijadikan bahan janji tanpa pernah dituntaskan",
        "{noun} layak diacungi jempol karena pemerintah akhirnya mau mendengar warga",
        "hebat betul cara pemerintah daerah mengurus {noun}, sampai warga harus menambal sendiri kekurangannya",
        "{noun} semestinya tak perlu berlarut-larut andai para pengambil keputusan mau bekerja",
        "{noun} memperlihatkan betapa tumpulnya kepekaan para pemangku kebijakan",
        "patut disyukuri, {noun} akhirnya ditangani dengan serius dan tanpa banyak gembar-gembor",
        "rupanya {noun} hanya dianggap penting menjelang pemilu",
        "pemerintah daerah tampak gagap menghadapi {noun}",
        "para pengambil keputusan lebih sibuk berswafoto ketimbang turun tangan",
        "kesigapan petugas kali ini pantas mendapat pujian",
        "{noun} seolah menjadi anak tiri dalam urusan anggaran",
    ),
    "en": (
        "{noun} feels like a slow-motion embarrassment that nobody in charge wants to own",
        "{noun} staggers from one botched deadline to the next",
        "whoever is running {noun} appears to be making it up as they go along",
        "{noun} shows what happens when officials actually listen to the people they serve",
        "hats off to the geniuses behind {noun}, who have somehow made a bad situation worse",
        "{noun} needed leadership and got a committee instead",
        "say this for {noun}: it is proof that competent, unglamorous work still pays off",
        "{noun} must be the council's idea of a joke",
        "anyone who thinks {noun} is under control has clearly not been paying attention",
        "the people in charge deserve a rare pat on the back this time",
        "competence, it turns out, was too much to ask",
        "{noun} belongs in a textbook on how not to govern",
    ),
}

DEV8_DEMANDS = {
    "id": (
        "Bereskan sekarang juga, jangan tunggu korban berjatuhan.",
        "Rakyat sudah terlalu lama bersabar.",
        "Masihkah kita mau percaya pada janji yang sama?",
        "Gajah mati meninggalkan gading, pejabat lalai meninggalkan warisan masalah.",
        "Keberhasilan ini layak ditiru, bukan sekadar dipamerkan.",
        "Pilkada berikutnya adalah saat yang tepat untuk menagih semua ini.",
        "Lalu, siapa yang mau bertanggung jawab?",
        "Malu rasanya jika urusan sekecil ini saja tak becus diurus.",
        "Jangan lagi bermain-main dengan hajat hidup orang banyak.",
        "Bekerjalah, bukan berpidato.",
        "Kotak suara kelak akan menjadi hakimnya.",
        "Akui saja kesalahannya, lalu perbaiki.",
    ),
    "en": (
        "Sack the people who signed off on it and start again.",
        "Do better, and do it before the next election.",
        "Would it kill anyone to say sorry?",
        "Ballot boxes have long memories.",
        "Excuses are cheap; fixing the problem is not.",
        "Keep this up, and public trust will be gone for good.",
        "Praise where it is earned: this is what public service ought to look like.",
        "Quit dithering and act.",
        "Who will answer for this?",
        "A fish rots from the head.",
        "Copy this model elsewhere, and quickly.",
        "Our patience has run out.",
    ),
}



# The ninth part of the development family: the eighth held-out family (written by a helper shown
# none of klaim, measured at 69.1% over every combination on the code of 86732b0 and still on
# 26673f2, then rotated in, its misses having been read): in-sample now (75.8% in Indonesian and
# 74.8% in English on b02b962).
DEV9_OPENERS = {
    "id": (
        "Sungguh disayangkan,",
        "Seperti kaset rusak,",
        "Ibarat menggarami air laut,",
        "Bukan hal baru,",
        "Terang saja,",
        "Kami tak habis pikir,",
        "Setelah sekian lama,",
        "Apa daya,",
        "Begitulah wajah birokrasi kita.",
        "Cerita lama terulang lagi.",
        "Siapa sangka?",
        "Mari kita jujur.",
    ),
    "en": (
        "Call us old-fashioned,",
        "Sure enough,",
        "Dismally,",
        "Time and again,",
        "Beneath all the ribbon-cutting,",
        "Whisper it quietly,",
        "Predictable as it was,",
        "After all the fanfare,",
        "Readers will recognise the pattern.",
        "This newspaper has lost patience.",
        "Can anyone still pretend to be surprised?",
        "What a sorry spectacle!",
    ),
}

DEV9_JUDGEMENTS = {
    "id": (
        "{noun} belum juga beres meski anggaran terus mengucur",
        "{noun} digarap asal jadi, seolah warga tak punya mata",
        "{noun} mendadak jadi ajang pencitraan para pejabat",
        "{noun} tertangani dengan rapi dan cekatan, sesuatu yang jarang kita lihat",
        "soal {noun}, pemerintah daerah lebih pandai berjanji ketimbang bekerja",
        "salut untuk para pejabat yang sanggup membuat {noun} makin runyam dalam sekejap",
        "acungan jempol pantas diberikan atas {noun} yang kini tertata rapi",
        "ketimbang membenahi {noun}, para pemangku kebijakan malah sibuk saling lempar tanggung jawab",
        "{noun} terbengkalai bertahun-tahun tanpa ada yang merasa bersalah",
        "{noun} ternyata bisa beres asal ada kemauan, dan itu patut dihargai",
        "lagi-lagi rakyat yang harus menanggung akibat kecerobohan penguasa",
        "kepekaan para pemimpin terhadap kesulitan warga tampaknya sudah lama mati suri",
    ),
    "en": (
        "{noun} lurches from one botched deadline to the next",
        "{noun} stands as a rare example of a job done properly and on budget",
        "{noun} went precisely nowhere while the committee admired its own paperwork",
        "what passes for a plan on {noun} would embarrass a school debating club",
        "nothing about {noun} suggests anyone at the top is paying attention",
        "entrusted with {noun}, the authorities somehow managed to make a bad situation worse",
        "those running {noun} deserve genuine credit for listening, adapting and delivering",
        "{noun} offers a masterclass in how to spend lavishly and achieve little",
        "the only thing moving quickly on {noun} is the blame",
        "{noun} got the careful, competent stewardship it always needed",
        "ministers and councillors alike have treated residents as an afterthought",
        "patience among ordinary ratepayers has simply run out",
    ),
}

DEV9_DEMANDS = {
    "id": (
        "Berhentilah berjanji dan mulailah bekerja.",
        "Warga menunggu bukti, bukan seremoni.",
        "Apa lagi yang harus terjadi sebelum semua ini dibenahi?",
        "Bersiaplah menerima hukuman di bilik suara.",
        "Mundurlah bila memang tak sanggup.",
        "Jangan kira warga tidak memperhatikan; air tenang justru menghanyutkan.",
        "Buka semua dokumennya ke publik, sekarang juga.",
        "Capaian seperti ini layak ditiru daerah-daerah lain.",
        "Semoga ini bukan sekadar kebetulan.",
        "Kesabaran warga ada batasnya.",
        "Mana tanggung jawab kalian?",
        "Bukti kerja jauh lebih berharga daripada segudang alasan.",
    ),
    "en": (
        "Fix it, or make way for someone who can.",
        "Residents deserve answers, not another consultation.",
        "When, if ever, will lessons actually be learned?",
        "Let's hope the ballot box delivers the verdict this deserves.",
        "Sunlight remains the best disinfectant; publish every document now.",
        "Credit is due, and we are glad to give it.",
        "Promises are cheap; delivery is what counts.",
        "Somebody must finally take responsibility.",
        "Is this really the best our leaders can offer?",
        "Voters will remember, and so will we.",
        "Hold the inquiry, and hold it in public.",
        "Other towns would do well to take note.",
    ),
}


# The held-out family, the test set: written by a helper that was shown none of klaim's code,
# lexicons, cases or results, nor the other families (only their first two words, to avoid), and
# never used to tune klaim. Recall on it is the estimate for commentary klaim has not seen.
# (The families before it were rotated into dev.) This, the ninth, measured 41.7% in Indonesian
# (721 of 1,728 combinations) and 37.4% in English (646) when taken, on 26673f2, and the same on
# b02b962, after the session's rules.

HELD_OUT_OPENERS = {
    "id": (
        "Dari pengamatan kami,",
        "Silakan pembaca menilai sendiri.",
        "Hasil tidak pernah berbohong.",
        "Perlukah kami berpura-pura?",
        "Jangan kaget.",
        "Menimbang fakta yang ada,",
        "Singkirkan dulu retorika di baliho-baliho.",
        "Pada titik ini,",
        "Kita perlu bicara apa adanya.",
        "Semuanya sudah terang benderang.",
        "Tahan napas Anda.",
        "Bila ditakar secara jujur,",
    ),
    "en": (
        "Weighing the evidence,",
        "As we see it,",
        "Readers can judge for themselves, but to our eyes,",
        "Cards on the table.",
        "The proof of the pudding is in the eating.",
        "Brace yourselves for a shock.",
        "Press releases notwithstanding,",
        "Without fear or favour,",
        "Ask around.",
        "Why pretend otherwise?",
        "Now that the dust has settled,",
        "For the avoidance of doubt,",
    ),
}
HELD_OUT_JUDGEMENTS = {
    "id": (
        "{noun} akhirnya menunjukkan bahwa birokrasi bisa bergerak gesit bila ada kemauan",
        "{noun} pantas mendapat pujian, sesuatu yang jarang kami tulis di ruang ini",
        "warga kini bisa merasakan manfaat nyata dari {noun}",
        "jerih payah di balik {noun} mulai berbuah manis",
        "{noun} laksana kapal tanpa nakhoda yang terombang-ambing di tengah badai",
        "{noun} masih jalan di tempat meski anggaran terus digelontorkan",
        "perlu bakat istimewa untuk membuat {noun} seruwet ini",
        "{noun} mengingatkan kita pada pepatah tong kosong nyaring bunyinya",
        "{noun} gagal menjawab kebutuhan paling mendasar masyarakat",
        "yang tersisa dari {noun} hanyalah tumpukan janji tanpa bukti",
        "{noun} terseok-seok, sementara para pemangku kebijakan saling lempar tanggung jawab",
        "bau amis pemborosan tercium kuat dari {noun}",
    ),
    "en": (
        "{noun} exceeded what even its fiercest sceptics expected",
        "seldom do we get to applaud anything as sensible as {noun}",
        "{noun} delivers exactly what was promised, which is rarer than it ought to be",
        "whoever steered {noun} earned the goodwill now coming their way",
        "{noun} resembles a leaky bucket that gets topped up with our money",
        "only a genius could have made {noun} this confusing",
        "{noun} smacks of bolting the stable door after the horse has gone",
        "nowhere is the gap between promise and delivery wider than in {noun}",
        "{noun} collapsed under the weight of its own paperwork",
        "behind the ribbon-cutting, {noun} remains a muddle",
        "{noun} appears to run on wishful thinking and photo opportunities",
        "{noun} leaves the public footing the bill for choices it never got a say in",
    ),
}
HELD_OUT_DEMANDS = {
    "id": (
        "Buka rincian anggarannya kepada publik tanpa ditunda-tunda.",
        "Rawat yang sudah baik, benahi yang masih pincang.",
        "Libatkan warga sejak tahap perencanaan, bukan sekadar saat peresmian.",
        "Sebutkan dengan terang siapa yang harus memikul tanggung jawab.",
        "Apakah terlalu berat meminta kerendahan hati dari para pemegang kuasa?",
        "Sedia payung sebelum hujan, jangan baru sibuk setelah basah kuyup.",
        "Beri penghargaan kepada petugas lapangan yang membuatnya tetap berjalan.",
        "Langkah nyata lebih ditunggu ketimbang konferensi pers berikutnya.",
        "Ukur capaiannya secara terbuka, lalu umumkan tanpa polesan.",
        "Pembaca, teruslah bertanya sampai ada jawaban yang memuaskan.",
        "Tiru yang berhasil, buang yang gagal.",
        "Dengarkan keluhan pengguna sebelum mengambil keputusan berikutnya.",
    ),
    "en": (
        "Publish the full costings and let the public decide.",
        "Reward the staff who kept it afloat, and listen to them.",
        "The next budget must follow the evidence, not the headlines.",
        "Measure results honestly and share them openly.",
        "Protect what works before anyone is tempted to tinker with it.",
        "Answers, not excuses, are what we are owed.",
        "Readers, keep asking awkward questions until someone answers them.",
        "Do not wait for the next scandal to act.",
        "Would humility from those in charge really be too much to ask?",
        "Mend the roof while the sun is shining.",
        "Build on what works and bin what does not.",
        "Bring the people who actually use it into the room before deciding anything else.",
    ),
}


def _joined(*families: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(phrase for family in families for phrase in family[lang]) for lang in ("id", "en")}


FAMILIES = {
    "seen": (EDITORIAL_OPENERS, EDITORIAL_JUDGEMENTS, EDITORIAL_DEMANDS),
    "dev": (_joined(DEV_OPENERS, DEV2_OPENERS, DEV3_OPENERS, DEV4_OPENERS, DEV5_OPENERS,
                    DEV6_OPENERS, DEV7_OPENERS, DEV8_OPENERS, DEV9_OPENERS),
            _joined(DEV_JUDGEMENTS, DEV2_JUDGEMENTS, DEV3_JUDGEMENTS, DEV4_JUDGEMENTS, DEV5_JUDGEMENTS,
                    DEV6_JUDGEMENTS, DEV7_JUDGEMENTS, DEV8_JUDGEMENTS, DEV9_JUDGEMENTS),
            _joined(DEV_DEMANDS, DEV2_DEMANDS, DEV3_DEMANDS, DEV4_DEMANDS, DEV5_DEMANDS,
                    DEV6_DEMANDS, DEV7_DEMANDS, DEV8_DEMANDS, DEV9_DEMANDS)),
    "held-out": (HELD_OUT_OPENERS, HELD_OUT_JUDGEMENTS, HELD_OUT_DEMANDS),
}


# --- small helpers ----------------------------------------------------------------------------

_QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "‘": "'", "’": "'",
                             "‚": "'", "‛": "'", "′": "'"})


def fold(text: str) -> str:
    """The generator's own comparison form: NFC, ASCII quotes, one space for any whitespace run."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).translate(_QUOTE_FOLD))


def occurrences(needle: str, haystack: str) -> int:
    """Overlapping occurrences of ``needle`` in ``haystack``."""
    count, at = 0, haystack.find(needle)
    while at != -1:
        count += 1
        at = haystack.find(needle, at + 1)
    return count


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (the generator's own, for telling names apart)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def kebab(text: str) -> str:
    """ASCII kebab-case."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def capitalise(text: str) -> str:
    """First letter upper case, the rest untouched."""
    return text[:1].upper() + text[1:]


def commentary(opener: str, judgement: str, demand: str) -> str:
    """A commentary passage of three phrases: the judgement begins a sentence of its own, with a
    capital, after an opener that is a whole sentence (``Who saw this coming?``); after an
    opening phrase (``Frankly,``) it goes on in lower case."""
    if opener.endswith((".", "?", "!")):
        judgement = capitalise(judgement)
    return f"{opener} {judgement}. {demand}"


def yaml_str(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def number(lang: str, value: int) -> str:
    """A count as the language writes it (1.250 / 1,250)."""
    return f"{value:,}".replace(",", "." if lang == "id" else ",")


# --- the article model ------------------------------------------------------------------------


@dataclass
class Person:
    """A speaker: full name, role as the article titles them, the name used after first mention."""

    name: str
    role: str
    short: str
    organisation: bool = False


@dataclass
class DateRef:
    """A date written into a paragraph: the real date and how it is written."""

    date: dt.date
    form: str
    text: str


@dataclass
class Paragraph:
    """One body line and what the generator knows about it."""

    kind: str
    text: str
    speaker: Person | None = None
    date: DateRef | None = None
    event: str | None = None
    anchor: str | None = None
    quotes: list[str] = field(default_factory=list)
    claim_kind: str | None = None
    slot: str | None = None  # where a defect may be planted: "yearless", "year", "background"


@dataclass
class Defect:
    """A planted inconsistency and where klaim should report it."""

    kind: str
    code: str
    file: str
    line: int
    column: int
    match: str
    phrasing: str | None = None
    """For commentary: ``seen``, ``dev`` or ``held-out``, its family of phrases (see ``DEV_OPENERS``
    and ``HELD_OUT_OPENERS``)."""

    def as_json(self) -> dict[str, Any]:
        """The manifest entry."""
        entry = {"file": self.file, "line": self.line, "column": self.column, "kind": self.kind,
                 "code": self.code, "match": self.match}
        return entry if self.phrasing is None else {**entry, "phrasing": self.phrasing}


@dataclass
class GeneratedArticle:
    """One article, its claims file, and its planted defects (empty when clean)."""

    slug: str
    lang: str
    article: str
    claims: str
    defects: list[Defect]


class Composer:
    """Builds one article from its own random generator."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.topic = rng.choice(TOPICS_ID if lang == "id" else TOPICS_EN)
        self.city = rng.choice(CITIES[lang])
        self.ap_months = lang == "en" and rng.random() < 0.6
        self.curly = rng.random() < 0.3
        self.used_family: set[str] = set()
        self._left: dict[int, list[str]] = {}
        day = dt.date(2019, 1, 14) + dt.timedelta(days=rng.randrange(0, 6 * 365))
        self.published = day

    # -- words --

    def draw(self, bank: Sequence[str]) -> str:
        """A template from ``bank``, without repeats in one article until the bank runs out."""
        left = self._left.get(id(bank))
        if not left:
            left = self._left[id(bank)] = list(bank)
            self.rng.shuffle(left)
        return left.pop()

    def fill(self, template: str, **extra: str) -> str:
        """Fill a phrase-bank template's placeholders with fresh values."""
        rng, lang = self.rng, self.lang
        values = {
            "city": self.city, "n": number(lang, rng.randrange(120, 48000)), "k": str(rng.randrange(3, 19)),
            "a": number(lang, rng.randrange(10, 16) * 1000 + rng.choice((0, 250, 500, 750))),
            "b": number(lang, rng.randrange(16, 20) * 1000 + rng.choice((0, 250, 500, 750))),
            "p": str(rng.randrange(31, 89)), "year": str(self.published.year - rng.randrange(6, 60)),
            "place": rng.choice(LANDMARKS), "noun": self.topic.noun,
        }
        values.update(extra)
        return template.format(**values)

    def person(self, role_template: str) -> Person:
        """A new speaker whose family name is not used, nor nearly spelt, by another in this article.

        Two people called Calloway and Holloway in one story read as one name misspelt, to an
        editor as to klaim (KL203): a real newsroom would tell them apart by first names.
        """
        family = self.rng.choice([f for f in FAMILY[self.lang]
                                  if all(edit_distance(f, used) > 2 for used in self.used_family)])
        self.used_family.add(family)
        role = self.fill(role_template)
        return Person(f"{self.rng.choice(GIVEN[self.lang])} {family}", role, family)

    def organisation(self) -> Person:
        """An institution speaking through a statement."""
        name = self.fill(self.rng.choice(self.topic.press))
        return Person(name, name, name, organisation=True)

    def quote_marks(self, text: str) -> str:
        """Text in the article's quotation marks (straight or typographic)."""
        return f"“{text}”" if self.curly else f'"{text}"'

    def quote_sentence(self) -> str:
        """A first-person sentence a speaker says (no final punctuation)."""
        if self.rng.random() < 0.5:
            return self.fill(self.draw(self.topic.quotes))
        action = self.fill(self.draw(self.topic.actions))
        if self.lang == "id":
            return f"Kami {self.rng.choice(FIRST_PERSON_ID)} {action}"
        return f"{self.rng.choice(FIRST_PERSON_EN)} {action}"

    def clause(self) -> str:
        """Reported speech: what someone says will happen."""
        action = self.fill(self.draw(self.topic.actions))
        if self.lang == "id":
            return f"{self.rng.choice(SUBJECTS_ID)} {self.rng.choice(MODALS_ID)} {action}"
        return f"{self.rng.choice(SUBJECTS_EN)} will {action}"

    # -- dates --

    def date_text(self, form: str, weekday: int, day: int, month: int, year: int) -> str:
        """A weekday with a date, written in one newsroom form."""
        wd = WEEKDAYS[self.lang][weekday]
        if self.lang == "id":
            if form == "paren":
                return f"{wd} ({day}/{month})"
            if form == "paren-part":
                return f"{wd} {self.rng.choice(DAY_PARTS_ID)} ({day}/{month})"
            if form == "paren-year":
                return f"{wd} ({day}/{month}/{year})"
            return f"{wd}, {day} {MONTHS['id'][month - 1]} {year}"  # "full"
        month_name = AP_MONTHS[month - 1] if self.ap_months else MONTHS["en"][month - 1]
        if form == "paren":
            return f"{wd} ({month_name} {day})"
        if form == "full":
            return f"{wd}, {month_name} {day}, {year}"
        return f"{wd}, {month_name} {day}"  # "long"

    def dated(self, day: dt.date, *, year: bool = False, end: bool = True) -> DateRef:
        """A DateRef for ``day``; ``year`` forces a form with the year; mid-sentence forms when not ``end``."""
        if self.lang == "id":
            forms = ["paren-year", "full"] if year else ["paren", "paren", "paren-part"]
            if end and not year:
                forms.append("full")
        else:
            forms = ["full"] if year else ["long", "long", "paren"]
            if end and not year:
                forms.append("full")
        form = self.rng.choice(forms)
        return DateRef(day, form, self.date_text(form, day.weekday(), day.day, day.month, day.year))

    def with_preposition(self, ref: DateRef) -> str:
        """The date as it stands in a sentence: ``pada Senin (24/6)``, ``on Monday, June 24``."""
        if self.lang == "id":
            return self.rng.choice(("", "pada ", "hari ")) + ref.text if ref.form != "full" else "pada " + ref.text
        if ref.form == "paren":
            return ref.text
        return "on " + ref.text

    def recent_day(self, low: int = 0, high: int = 9) -> dt.date:
        """A day shortly before publication."""
        return self.published - dt.timedelta(days=self.rng.randrange(low, high + 1))

    # -- paragraphs --

    def statement(self, speaker: Person, ref: DateRef, event: str) -> Paragraph:
        """An attributed statement, dated in its sentence."""
        rng, clause = self.rng, self.clause()
        when = self.with_preposition(ref)
        if self.lang == "id":
            where = f"di {self.city}"
            choice = rng.randrange(4)
            if choice == 0:
                verb = rng.choice(POSTPOSED_ID)
                anchor = f"{verb} {speaker.role} {speaker.name} {where}, {ref.text}"
                text = f"{capitalise(clause)}, {anchor}."
            elif choice == 1:
                verb = rng.choice(VERBS_ID)
                anchor = f"{capitalise(speaker.role)} {speaker.name} {verb}"
                text = f"{anchor} bahwa {clause} {when}."
            elif choice == 2:
                verb = rng.choice(VERBS_ID)
                ref = self.dated(ref.date, end=False)
                anchor = f"{speaker.role} {speaker.name} {verb}"
                text = f"Dalam jumpa pers di {self.city} {self.with_preposition(ref)}, {anchor} {clause}."
            else:
                anchor = f"Menurut {speaker.role} {speaker.name}"
                text = f"{anchor}, {clause}. Hal itu disampaikannya {where} {when}."
        else:
            choice = rng.randrange(4)
            if choice == 0:
                anchor = f"{speaker.role} {speaker.name} said {when}"
                text = f"{capitalise(clause)}, {anchor}."
            elif choice == 1:
                ref = self.dated(ref.date, end=False)
                anchor = f"{capitalise(speaker.role)} {speaker.name} told reporters in {self.city}"
                text = f"{anchor} {self.with_preposition(ref)} that {clause}."
            elif choice == 2:
                ref = self.dated(ref.date, end=False)
                verb = rng.choice(VERBS_EN)
                anchor = f"{capitalise(speaker.role)} {speaker.name} {verb}"
                text = f"{anchor} {self.with_preposition(ref)} that {clause}."
            else:
                ref = self.dated(ref.date, end=False)
                verb = rng.choice(VERBS_EN)
                anchor = f"{speaker.role} {speaker.name} {verb}"
                text = f"Speaking at a news conference {self.with_preposition(ref)}, {anchor} that {clause}."
        return Paragraph("statement", text, speaker, ref, event, anchor, claim_kind="statement")

    def press_release(self, org: Person, ref: DateRef, event: str) -> Paragraph:
        """An institution's written statement."""
        clause = self.clause()
        ref = self.dated(ref.date, end=False)
        when = self.with_preposition(ref)
        if self.lang == "id":
            anchor = f"keterangan tertulis {org.name}"
            text = f"Dalam {anchor} yang dirilis {when}, disebutkan bahwa {clause}."
        else:
            anchor = f"In a statement released {when}, {org.name} said"
            text = f"{anchor} {clause}."
        return Paragraph("statement", text, org, ref, event, anchor, claim_kind="statement")

    def quotation(self, speaker: Person, *, follows_speaker: bool, event: str | None,
                  ref: DateRef | None = None, sentences: Sequence[str] = ()) -> Paragraph:
        """A direct quotation with its speaker (or a pronoun right after the speaker's paragraph)."""
        rng = self.rng
        if sentences:
            first, second = sentences[0], sentences[-1]
        else:
            first, second = self.quote_sentence(), self.quote_sentence()
            while second == first:
                second = self.quote_sentence()
        # Forms 1 and 2 quote two sentences; 4 (a pronoun) needs the speaker's paragraph just before.
        forms = [0, 3] if first == second else [0, 1, 2, 3]
        choice = rng.choice([*forms, 4] if follows_speaker else forms)
        if self.lang == "id":
            if choice == 0:
                anchor = f"{rng.choice(POSTPOSED_ID)} {speaker.short}"
                text = f"{self.quote_marks(first + ',')} {anchor}."
                quotes = [first]
            elif choice == 1:
                anchor = f"{speaker.short} {rng.choice(CONTINUE_ID)}"
                text = f"{anchor}, {self.quote_marks(first + '. ' + second + '.')}"
                quotes = [first, second]
            elif choice == 2 and ref is not None:
                anchor = f"{rng.choice(POSTPOSED_ID)} {speaker.short} {self.with_preposition(ref)}"
                text = f"{self.quote_marks(first + '.')} {self.quote_marks(second + ',')} {anchor}."
                quotes = [first, second]
            elif choice == 4:
                anchor = f"Ia {rng.choice(CONTINUE_ID)}"
                text = f"{anchor}, {self.quote_marks(first + '.')}"
                quotes = [first]
            else:
                anchor = f"{rng.choice(POSTPOSED_ID)} {speaker.short} saat ditemui di {self.city}"
                text = f"{self.quote_marks(first + ',')} {anchor}."
                quotes = [first]
        else:
            if choice == 0:
                anchor = f"{speaker.short} said"
                text = f"{self.quote_marks(first + ',')} {anchor}."
                quotes = [first]
            elif choice == 1:
                anchor = f"{speaker.short} {rng.choice(CONTINUE_EN)}"
                text = f"{anchor}: {self.quote_marks(first + '. ' + second + '.')}"
                quotes = [first, second]
            elif choice == 2 and ref is not None:
                anchor = f"{speaker.short} told reporters {self.with_preposition(ref)}"
                text = f"{self.quote_marks(first + '. ' + second + ',')} {anchor}."
                quotes = [first, second]
            elif choice == 4:
                anchor = f"the {speaker.role.replace(self.city + ' ', '')} {rng.choice(CONTINUE_EN)}"
                text = f"{self.quote_marks(first + ',')} {anchor}."
                quotes = [first]
            else:
                anchor = f"said {speaker.short}, speaking in {self.city}"
                text = f"{self.quote_marks(first + ',')} {anchor}."
                quotes = [first]
        dated = ref if ref is not None and ref.text in text else None
        return Paragraph("quote", text, speaker, dated, event, anchor, quotes, claim_kind="quote")

    def analyst_comment(self, analyst: Person, judgement: str) -> Paragraph:
        """Commentary attributed to a named analyst."""
        if self.lang == "id":
            choice = self.rng.randrange(3)
            if choice == 0:
                anchor = f"{analyst.role}, {analyst.name}, menilai"
                text = f"{capitalise(anchor)} {judgement}."
            elif choice == 1:
                anchor = f"Menurut {analyst.name}, {analyst.role}"
                text = f"{anchor}, {judgement}."
            else:
                anchor = f"{analyst.name}, {analyst.role}, berpendapat"
                text = f"{anchor} bahwa {judgement}."
        else:
            choice = self.rng.randrange(3)
            if choice == 0:
                anchor = f"{analyst.name}, {analyst.role}, said"
                text = f"{anchor} {judgement}."
            elif choice == 1:
                anchor = f"According to {analyst.name}, {analyst.role}"
                text = f"{anchor}, {judgement}."
            else:
                anchor = f"{analyst.name}, {analyst.role}, argued"
                text = f"{anchor} that {judgement}."
        return Paragraph("comment", text, analyst, anchor=anchor, claim_kind="statement")

    def analyst(self) -> Person:
        """An outside expert (role names their field and institution)."""
        institute = self.rng.choice(INSTITUTES[self.lang])
        if self.lang == "id":
            person = self.person("pengamat")
            person.role = f"pengamat {self.topic.field} dari {institute}"
        else:
            person = self.person("analyst")
            person.role = f"a specialist in {self.topic.field} at {institute}"
        return person

    def background(self, *, claimed: bool) -> Paragraph:
        """A neutral fact with a figure."""
        text = self.fill(self.draw(self.topic.background))
        return Paragraph("background", text, anchor=text if claimed else None,
                         claim_kind="context" if claimed else None, slot=None if claimed else "background")

    def event(self, ref: DateRef, *, past: bool, claimed: bool, event: str | None = None) -> Paragraph:
        """An unattributed dated event (recent, or a past one with its year)."""
        bank = self.topic.past_events if past else self.topic.events
        template = self.draw(bank)
        text = self.fill(template, date=self.with_preposition(ref))
        slot = None if claimed else ("year" if past else "yearless")
        return Paragraph("event", text, None, ref, event, text if claimed else None,
                         claim_kind="event" if claimed else None, slot=slot)

    def editorial(self, phrasing: str = "seen") -> str:
        """A passage in the outlet's own voice: opinion without a source, figure or date, from the
        family of phrases ``phrasing`` names."""
        rng, lang = self.rng, self.lang
        openers, judgements, demands = FAMILIES[phrasing]
        judgement = rng.choice(judgements[lang]).format(noun=self.topic.noun)
        return commentary(rng.choice(openers[lang]), judgement, rng.choice(demands[lang]))

    def title(self) -> str:
        """The headline."""
        return self.fill(self.rng.choice(self.topic.titles))

    def dateline(self) -> str:
        """The dateline line in one of the newsroom forms."""
        rng, day = self.rng, self.published
        hour, minute = rng.randrange(5, 23), rng.randrange(0, 60)
        if self.lang == "id":
            zone = rng.choice(("WIB", "WIB", "WITA", "WIT"))
            choice, clock = rng.randrange(3), f"{hour:02d}:{minute:02d}"
            if choice == 0:
                return f"Tanggal: {day.day} {DATELINE_MONTHS_ID[day.month - 1]} {day.year} {clock} {zone}"
            if choice == 1:
                return f"Tanggal: {day.day:02d}/{day.month:02d}/{day.year}, {hour:02d}:{minute:02d} {zone}"
            return f"Tanggal: {day.day} {MONTHS['id'][day.month - 1]} {day.year}"
        choice = rng.randrange(3)
        if choice == 0:
            return f"Date: {MONTHS['en'][day.month - 1]} {day.day}, {day.year}"
        if choice == 1:
            return f"Date: {day.isoformat()}"
        return f"Published: {MONTHS['en'][day.month - 1]} {day.day}, {day.year} {hour:02d}:{minute:02d} UTC"


# --- composition ------------------------------------------------------------------------------


def compose(rng: random.Random, lang: str) -> tuple[str, str, list[Paragraph], Composer]:
    """Title, dateline and the body paragraphs of one article."""
    c = Composer(rng, lang)
    officials = list(c.topic.officials)
    rng.shuffle(officials)
    first, second = c.person(officials[0]), c.person(officials[1])
    analyst = c.analyst()
    org = c.organisation()
    day_first, day_second = c.recent_day(0, 4), c.recent_day(1, 8)
    day_event, day_org, day_slot = c.recent_day(1, 9), c.recent_day(0, 6), c.recent_day(2, 10)
    day_past = c.published - dt.timedelta(days=rng.randrange(60, 2000))
    key = c.topic.key
    judgements = rng.sample(c.topic.judgements, 2)

    def event_key(person: Person, day: dt.date) -> str:
        return f"{kebab(person.short)}-{key}-{day.isoformat()}"

    ev_first, ev_second = event_key(first, day_first), event_key(second, day_second)
    ref_first = c.dated(day_first)
    body = [
        c.statement(first, ref_first, ev_first),
        c.quotation(first, follows_speaker=True, event=ev_first, ref=ref_first),
        c.background(claimed=True),
        c.statement(second, c.dated(day_second), ev_second),
        c.quotation(second, follows_speaker=True, event=ev_second),
        c.event(c.dated(day_event), past=False, claimed=True, event=f"{key}-event-{day_event.isoformat()}"),
        c.analyst_comment(analyst, judgements[0]),
        c.background(claimed=False),
        c.event(c.dated(day_past, year=True), past=True, claimed=False),
        c.press_release(org, c.dated(day_org), event_key(org, day_org)),
        c.quotation(first, follows_speaker=False, event=ev_first),
        c.event(c.dated(day_slot), past=False, claimed=False),
        c.background(claimed=False),
        c.quotation(second, follows_speaker=False, event=ev_second),
    ]
    closing = c.quotation(analyst, follows_speaker=False, event=None, sentences=[capitalise(judgements[1])])
    closing.claim_kind = None
    body.insert(12, closing)
    if rng.random() < 0.3:
        body.insert(8, Paragraph("heading", rng.choice(HEADINGS[lang])))
    if rng.random() < 0.2:
        body.insert(2, Paragraph("caption", c.fill(CAPTIONS[lang])))
    return c.title(), c.dateline(), body, c


# --- planting ---------------------------------------------------------------------------------


def _replace_date(c: Composer, para: Paragraph, new_text: str) -> str:
    assert para.date is not None
    old = para.date.text
    para.text = para.text.replace(old, new_text, 1)
    para.date = DateRef(para.date.date, para.date.form, new_text)
    return new_text


def plant_date(c: Composer, para: Paragraph, kind: str) -> str:
    """Rewrite a paragraph's date so its weekday no longer fits; returns the new mention."""
    rng, ref = c.rng, para.date
    assert ref is not None
    real = ref.date
    if kind == "wrong-weekday":
        weekday = (real.weekday() + rng.randrange(1, 7)) % 7
        return _replace_date(c, para, c.date_text(ref.form, weekday, real.day, real.month, real.year))
    if kind == "wrong-day":
        last = calendar.monthrange(real.year, real.month)[1]
        days = [d for d in range(1, last + 1) if (d - real.day) % 7 and abs(d - real.day) <= 6
                and dt.date(real.year, real.month, d) <= c.published]
        return _replace_date(c, para, c.date_text(ref.form, real.weekday(), rng.choice(days), real.month, real.year))
    for delta in rng.sample((-1, -2, 1), 3):  # wrong-year: a year in which the pair does not fit
        year = real.year + delta
        try:
            shifted = real.replace(year=year)
        except ValueError:
            continue
        if shifted.weekday() != real.weekday() and shifted <= c.published:
            return _replace_date(c, para, c.date_text(ref.form, real.weekday(), real.day, real.month, year))
    raise RuntimeError("no year fits")  # pragma: no cover - -1 and -2 always differ in weekday


def misquote(rng: random.Random, quote: str, article_folded: str) -> str:
    """A quote that differs from the article's words: a word dropped, two swapped, or one altered."""
    words = quote.split(" ")
    for _ in range(20):
        choice = rng.randrange(3)
        changed = list(words)
        if choice == 0 and len(words) > 3:
            del changed[rng.randrange(1, len(words) - 1)]
        elif choice == 1 and len(words) > 2:
            at = rng.randrange(0, len(words) - 1)
            changed[at], changed[at + 1] = changed[at + 1], changed[at]
        else:
            at = rng.randrange(0, len(words))
            word = changed[at]
            changed[at] = word[:-1] if len(word) > 4 else word + word[-1]
        result = " ".join(changed)
        if result != quote and fold(result) not in article_folded:
            return result
    raise RuntimeError(f"cannot misquote {quote!r}")  # pragma: no cover


# --- writing ----------------------------------------------------------------------------------


def _source(rng: random.Random, lang: str, person: Person | None, published: dt.date) -> str:
    choice = rng.randrange(6)
    if choice == 1:
        slug = kebab(person.short if person else "laporan")
        return (f"{{kind: url, url: {yaml_str(f'https://news.example.org/{lang}/{slug}-{rng.randrange(10**5)}')}, "
                f"accessed: \"{published.isoformat()}\"}}")
    if choice == 2 and person is not None and person.organisation:
        title = "Siaran pers" if lang == "id" else "Press release"
        return f"{{kind: document, title: {yaml_str(f'{title} {person.name}')}, date: \"{published.isoformat()}\"}}"
    if choice == 3 and person is not None and not person.organisation:
        return f"{{kind: interview, name: {yaml_str(person.name)}, date: \"{published.isoformat()}\"}}"
    return "{kind: article}"


def write_claims(rng: random.Random, slug: str, lang: str, body: Sequence[Paragraph], article_text: str,
                 composer: Composer, misquote_at: int | None) -> tuple[str, tuple[int, str] | None]:
    """The claims file text; with ``misquote_at`` (a claim number) one of its quotes is altered
    and its line and text are returned."""
    folded = fold(article_text)
    lines = [MODELINE, f"article: ../seeds/{slug}.txt"]
    if rng.random() < 0.5:
        lines.append(f"lang: {lang}")
    lines.append("claims:")
    planted: tuple[int, str] | None = None
    claim_number = 0
    for index, para in enumerate(body):
        if para.claim_kind is None or para.anchor is None:
            continue
        claim_number += 1
        anchor = para.anchor
        if occurrences(fold(anchor), folded) != 1:
            anchor = para.text  # the short anchor repeats (two "kata Santoso"): take the paragraph
            if occurrences(fold(anchor), folded) != 1:
                raise ValueError(f"paragraph not unique: {anchor!r}")
        speaker = para.speaker
        who = speaker.name if speaker else f"Background on {composer.topic.label}"
        if claim_number > 1:
            lines.append("")
        stem = kebab(who.split()[-1] if speaker else composer.topic.key)
        lines.append(f"  - id: {stem}-{para.claim_kind}-{index + 1}")
        lines.append(f"    kind: {para.claim_kind}")
        about = f" on {composer.topic.label}" if speaker else ""
        lines.append(f"    summary: {yaml_str(f'{who}{about} ({para.claim_kind}, paragraph {index + 1}).')}")
        if speaker is not None:
            if speaker.organisation:
                lines.append(f"    speaker: {{name: {yaml_str(speaker.name)}}}")
            else:
                lines.append(f"    speaker: {{name: {yaml_str(speaker.name)}, role: {yaml_str(speaker.role)}}}")
        if para.date is not None:
            lines.append(f"    said_on: \"{para.date.date.isoformat()}\"")
        elif para.event is not None and para.claim_kind == "quote" and rng.random() < 0.5:
            lines.append(f"    said_on: \"{para.event[-10:]}\"")
        if para.event is not None:
            lines.append(f"    event: {para.event}")
        if para.quotes:
            lines.append("    quotes:")
            for quote_number, quote in enumerate(para.quotes):
                if fold(quote) not in folded:
                    raise ValueError(f"quote not in article: {quote!r}")
                written = quote
                if misquote_at == claim_number and quote_number == 0:
                    written = misquote(rng, quote, folded)
                    planted = (len(lines) + 1, written)
                lines.append(f"      - {yaml_str(written)}")
        lines.append("    anchor:")
        lines.append(f"      exact: {yaml_str(anchor)}")
        lines.append("    sources:")
        lines.append(f"      - {_source(rng, lang, speaker, composer.published)}")
    return "\n".join(lines) + "\n", planted


def generate_article(seed: int, index: int, defect: str | None) -> GeneratedArticle:
    """Article number ``index`` of the archive; ``defect`` names the kind to plant, if any."""
    lang = "id" if index % 2 == 0 else "en"
    for attempt in range(50):
        rng = random.Random(f"klaim-archive:{seed}:{index}:{attempt}")
        try:
            return _generate(rng, index, lang, defect)
        except ValueError:
            continue  # an anchor happened to repeat: draw the article again
    raise RuntimeError(f"article {index}: no unique anchors after 50 draws")  # pragma: no cover


def _generate(rng: random.Random, index: int, lang: str, defect: str | None) -> GeneratedArticle:
    title, dateline, body, c = compose(rng, lang)
    slug = f"{index:05d}-{kebab(title)[:60].rstrip('-')}"
    article_file, claims_file = f"seeds/{slug}.txt", f"claims/{slug}.claims.yaml"
    defects: list[Defect] = []
    target: Paragraph | None = None
    if defect in ("wrong-weekday", "wrong-day", "wrong-year"):
        wanted = "year" if defect == "wrong-year" else rng.choice(("year", "yearless"))
        target = next(p for p in body if p.slot == wanted)
        match = plant_date(c, target, defect)
    elif defect == "unattributed-commentary":
        target = rng.choice([p for p in body if p.slot == "background"])
        draw = rng.random()
        phrasing = "seen" if draw < 1 / 3 else "dev" if draw < 2 / 3 else "held-out"
        target.text, target.kind = c.editorial(phrasing), "editorial"
        match = target.text
    blank_lines = rng.random() < 0.25
    newline = "\r\n" if rng.random() < 0.05 else "\n"
    lines = [title, dateline]
    line_of: dict[int, int] = {}
    for para in body:
        if blank_lines:
            lines.append("")
        lines.append(para.text)
        line_of[id(para)] = len(lines)
    article_text = newline.join(lines) + newline
    if target is not None:
        line = line_of[id(target)]
        column = target.text.find(match) + 1
        defects.append(Defect(defect or "", EXPECTED_CODE[defect or ""], article_file, line, column, match,
                              phrasing if defect == "unattributed-commentary" else None))
    misquote_at = None
    if defect == "misquote":
        quoted = [n for n, p in enumerate((p for p in body if p.claim_kind and p.anchor), start=1) if p.quotes]
        misquote_at = rng.choice(quoted)
    claims_text, planted = write_claims(rng, slug, lang, body, article_text, c, misquote_at)
    if planted is not None:
        line, written = planted
        column = len("      - ") + 1
        defects.append(Defect("misquote", "KL303", claims_file, line, column, written))
    return GeneratedArticle(slug, lang, article_text, claims_text, defects)


def defect_for(index: int, rate: float) -> str | None:
    """The defect kind planted in article ``index``: evenly spaced at ``rate``, kinds in turn."""
    if rate <= 0:
        return None
    before, after = int(index * rate), int((index + 1) * rate)
    if after == before:
        return None
    return DEFECT_KINDS[before % len(DEFECT_KINDS)]


PYPROJECT = """\
# A synthetic archive written by klaim's benchmarks/generate_archive.py: its own repository root.
[tool.klaim]
paths = ["claims"]
languages = ["id", "en"]

[tool.pytest.ini_options]
testpaths = ["claims"]
"""


def fingerprint() -> str:
    """SHA-256 of this generator's source: an archive written by other code is not reused."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def generate(out: Path, count: int, seed: int = 1, defect_rate: float = 0.2) -> dict[str, Any]:
    """Write the archive into ``out`` (created; existing seeds/claims files are overwritten)."""
    (out / "seeds").mkdir(parents=True, exist_ok=True)
    (out / "claims").mkdir(parents=True, exist_ok=True)
    (out / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    try:
        from klaim.schema import render

        (out / "schemas").mkdir(exist_ok=True)
        (out / "schemas" / "claims.schema.json").write_text(render("claims.schema.json"), encoding="utf-8")
    except ImportError:  # pragma: no cover - the schema only serves editors' completion
        pass
    articles: list[dict[str, Any]] = []
    defects: list[dict[str, Any]] = []
    for index in range(count):
        made = generate_article(seed, index, defect_for(index, defect_rate))
        (out / "seeds" / f"{made.slug}.txt").write_bytes(made.article.encode("utf-8"))
        (out / "claims" / f"{made.slug}.claims.yaml").write_text(made.claims, encoding="utf-8")
        articles.append({"slug": made.slug, "lang": made.lang, "article": f"seeds/{made.slug}.txt",
                         "claims": f"claims/{made.slug}.claims.yaml", "clean": not made.defects})
        defects += [d.as_json() for d in made.defects]
    manifest = {"version": 1, "generator": "benchmarks/generate_archive.py", "generator_sha256": fingerprint(),
                "seed": seed, "count": count,
                "defect_rate": defect_rate, "kinds": dict(EXPECTED_CODE), "articles": articles,
                "defects": defects}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``generate_archive.py OUT --count N [--seed S] [--defect-rate R]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="folder to write the archive into")
    parser.add_argument("--count", "-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--defect-rate", type=float, default=0.2,
                        help="fraction of articles with one planted defect (default 0.2)")
    args = parser.parse_args(argv)
    manifest = generate(args.out, args.count, args.seed, args.defect_rate)
    print(f"wrote {args.count} articles and {len(manifest['defects'])} planted defects to {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
