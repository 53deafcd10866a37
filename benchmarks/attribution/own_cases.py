"""Benchmark sentences written for newsparse (Tribun style), with their gold annotations.

These complement the real texts: the real sample cites few outlets, so most source cues and all
trap sentences are here. Written by the developer of the rules at the same time as the rules, so
they are not a blind test; the real-text numbers are the ones to trust. Gold spans are given as
the exact content string and located at run time (the text is ours, so it may live here).

Each case: ``paragraphs``; ``quotes`` as (paragraph, content, speaker, direct, coref);
``sources`` as (paragraph, name as written, canonical name); ``trap`` marks cases whose sources
must be empty (any source found there is a false source).
"""

from __future__ import annotations

from typing import Any

CASES: list[dict[str, Any]] = [
    {
        "paragraphs": [
            "Dikutip dari Reuters, harga minyak mentah Brent turun 2 persen pada perdagangan Senin.",
            "Penurunan itu dipicu kenaikan stok di Amerika Serikat, seperti dilaporkan Bloomberg.",
        ],
        "sources": [(0, "Reuters", "Reuters"), (1, "Bloomberg", "Bloomberg")],
    },
    {
        "paragraphs": [
            "Melansir AFP, sedikitnya 12 orang tewas dalam serangan pesawat nirawak di Kharkiv.",
            '"Kami kehilangan tetangga dan rumah kami," kata Olena Kovalenko, warga setempat, kepada AFP.',
        ],
        "quotes": [(1, "Kami kehilangan tetangga dan rumah kami", "Olena Kovalenko", True, False)],
        "sources": [(0, "AFP", "AFP"), (1, "AFP", "AFP")],
    },
    {
        "paragraphs": [
            "Seperti diberitakan Kompas.com sebelumnya, jembatan gantung itu putus pada Sabtu sore.",
            "Kepala BPBD Lebak Febby Rizki Pratama mengatakan, tiga warga mengalami luka ringan.",
            '"Semua korban sudah kami bawa ke puskesmas," ujarnya.',
        ],
        "quotes": [
            (1, "tiga warga mengalami luka ringan", "Febby Rizki Pratama", False, False),
            (2, "Semua korban sudah kami bawa ke puskesmas", "Febby Rizki Pratama", True, True),
        ],
        "sources": [(0, "Kompas.com", "Kompas.com")],
    },
    {
        "paragraphs": [
            "Dilansir Al Jazeera, bantuan kemanusiaan belum bisa masuk melalui perbatasan Rafah.",
            "Menurut kantor berita Wafa, dua warga Palestina ditangkap di Tepi Barat pada malam hari.",
        ],
        "sources": [(0, "Al Jazeera", "Al Jazeera"), (1, "Wafa", "WAFA")],
    },
    {
        "paragraphs": [
            "Dikutip Tribunnews dari New York Post, outlet Rodong Sinmun melaporkan rudal itu terbang 1.000 kilometer.",
            '"Uji coba ini menunjukkan kekuatan kita," tulis KCNA dalam laporannya, Kamis.',
        ],
        "quotes": [(1, "Uji coba ini menunjukkan kekuatan kita", "KCNA", True, False)],
        "sources": [(0, "New York Post", "New York Post"), (0, "Rodong Sinmun", "Rodong Sinmun"), (1, "KCNA", "KCNA")],
    },
    {
        "paragraphs": [
            "Serangan itu terjadi menjelang subuh, dilansir Al Arabiya dan AFP.",
            "Sebagaimana dilaporkan Yonhap, militer Korea Selatan meningkatkan status siaga.",
        ],
        "sources": [(0, "Al Arabiya", "Al Arabiya"), (0, "AFP", "AFP"), (1, "Yonhap", "Yonhap")],
    },
    {
        "paragraphs": [
            "Mengutip Associated Press, kebakaran hutan meluas hingga 5.000 hektare.",
            "Gubernur California Gavin Newsom menyatakan keadaan darurat di tiga wilayah.",
            '"Kami mengerahkan semua sumber daya," kata Newsom dalam jumpa pers, seperti dikutip CNN.',
        ],
        "quotes": [
            (1, "keadaan darurat di tiga wilayah", "Gavin Newsom", False, False),
            (2, "Kami mengerahkan semua sumber daya", "Gavin Newsom", True, False),
        ],
        "sources": [(0, "Associated Press", "AP"), (2, "CNN", "CNN")],
    },
    {
        "paragraphs": [
            "Diwartakan Xinhua, kereta cepat baru itu mulai beroperasi pekan depan.",
            "Menurut laporan South China Morning Post, tiket kelas ekonomi dijual mulai 300 yuan.",
        ],
        "sources": [(0, "Xinhua", "Xinhua"), (1, "South China Morning Post", "South China Morning Post")],
    },
    {
        "paragraphs": [
            "Pernyataan itu dimuat di situs resmi Kremlin, yang dikutip TASS, Selasa (4/6/2024).",
            "Juru Bicara Kremlin Dmitry Peskov mengatakan Moskwa belum menerima undangan resmi.",
            '"Kami akan menunggu," ucap Peskov.',
        ],
        "quotes": [
            (1, "Moskwa belum menerima undangan resmi", "Dmitry Peskov", False, False),
            (2, "Kami akan menunggu", "Dmitry Peskov", True, False),
        ],
        "sources": [(0, "TASS", "TASS")],
    },
    {
        "paragraphs": [
            "Kapal tanker itu tenggelam di perairan Batam, dikutip dari The Straits Times.",
            "Berdasarkan laporan BBC, 17 awak kapal berhasil diselamatkan nelayan setempat.",
        ],
        "sources": [(0, "The Straits Times", "The Straits Times"), (1, "BBC", "BBC")],
    },
    {
        "paragraphs": [
            "Seperti dilansir Detik.com, arus mudik di Tol Cipali mulai padat sejak Kamis malam.",
            "Kakorlantas Polri Irjen Aan Suhanan mengatakan rekayasa lalu lintas akan diberlakukan.",
            '"Kami siapkan contraflow dari kilometer 47," kata Aan kepada Kompas.com.',
        ],
        "quotes": [
            (1, "rekayasa lalu lintas akan diberlakukan", "Aan Suhanan", False, False),
            (2, "Kami siapkan contraflow dari kilometer 47", "Aan Suhanan", True, False),
        ],
        "sources": [(0, "Detik.com", "Detik.com"), (2, "Kompas.com", "Kompas.com")],
    },
    {
        "paragraphs": [
            "Dilansir dari Anadolu Agency, parlemen Turki menyetujui anggaran pertahanan baru.",
            "Sementara itu, Kyodo melaporkan bahwa Jepang akan menambah kapal patroli.",
        ],
        "quotes": [(1, "Jepang akan menambah kapal patroli", "Kyodo", False, False)],
        "sources": [(0, "Anadolu Agency", "Anadolu Agency"), (1, "Kyodo", "Kyodo")],
    },
    {
        "paragraphs": [
            "Harga emas Antam naik Rp 5.000 per gram, dikutip dari Kontan.",
            "Menurut Reuters, harga emas dunia mencapai rekor baru pada Jumat.",
        ],
        "sources": [(0, "Kontan", "Kontan"), (1, "Reuters", "Reuters")],
    },
    {
        "paragraphs": [
            "Seperti diberitakan Tribunnews.com, banjir merendam 1.200 rumah di Kabupaten Bandung.",
            "Bupati Bandung Dadang Supriatna menegaskan warga terdampak akan mendapat bantuan.",
            '"Tidak boleh ada yang kelaparan," tegasnya.',
        ],
        "quotes": [
            (1, "warga terdampak akan mendapat bantuan", "Dadang Supriatna", False, False),
            (2, "Tidak boleh ada yang kelaparan", "Dadang Supriatna", True, True),
        ],
        "sources": [(0, "Tribunnews.com", "Tribunnews.com")],
    },
    {
        "paragraphs": [
            "Melansir Sky News, Perdana Menteri Inggris mengumumkan pemilu dipercepat.",
            "Seperti dilaporkan The Guardian, keputusan itu mengejutkan anggota partainya sendiri.",
        ],
        "sources": [(0, "Sky News", "Sky News"), (1, "The Guardian", "The Guardian")],
    },
    {
        "paragraphs": [
            "Dilansir KNCA, parade militer digelar di Pyongyang pada Sabtu malam.",
            "Mengutip NHK, gempa bermagnitudo 6,1 mengguncang Prefektur Ishikawa.",
        ],
        "sources": [(0, "KNCA", "KCNA"), (1, "NHK", "NHK")],
    },
    {
        "paragraphs": [
            "Dilansir dari CNBC Indonesia, rupiah ditutup melemah ke level 16.200 per dolar AS.",
            "Ekonom Universitas Indonesia Fithra Faisal menilai pelemahan itu bersifat sementara.",
            "Menurut Fithra, Bank Indonesia masih punya cadangan devisa yang cukup.",
        ],
        "quotes": [
            (1, "pelemahan itu bersifat sementara", "Fithra Faisal", False, False),
            (2, "Bank Indonesia masih punya cadangan devisa yang cukup", "Fithra Faisal", False, False),
        ],
        "sources": [(0, "CNBC Indonesia", "CNBC Indonesia")],
    },
    {
        "paragraphs": [
            "Pertemuan itu berlangsung tertutup, mengutip Kyodo News.",
            '"Kedua pihak sepakat melanjutkan dialog," kata seorang pejabat yang tidak mau disebut namanya kepada Reuters.',
        ],
        "quotes": [(1, "Kedua pihak sepakat melanjutkan dialog", "seorang pejabat", True, False)],  # issue 12: was None
        "sources": [(0, "Kyodo News", "Kyodo"), (1, "Reuters", "Reuters")],
    },
    {
        "paragraphs": [
            "Dilansir Liputan6.com, antrean pembeli minyak goreng mengular sejak pagi.",
            '"Saya sudah antre dua jam," kata Sumiati, warga Cakung, kepada TribunJakarta.com.',
            '"Kalau tidak dapat, besok saya datang lagi."',
        ],
        "quotes": [
            (1, "Saya sudah antre dua jam", "Sumiati", True, False),
            (2, "Kalau tidak dapat, besok saya datang lagi.", "Sumiati", True, False),
        ],
        "sources": [(0, "Liputan6.com", "Liputan6.com"), (1, "TribunJakarta.com", "TribunJakarta.com")],
    },
    {
        "paragraphs": [
            "Sebagaimana diberitakan Antara, kapal feri itu kandas di perairan Selayar.",
            "Kepala Basarnas Makassar Mexianus Bekabel mengatakan, seluruh penumpang selamat.",
            '"Mereka sudah kami evakuasi ke pelabuhan," tambahnya.',
        ],
        "quotes": [
            (1, "seluruh penumpang selamat", "Mexianus Bekabel", False, False),
            (2, "Mereka sudah kami evakuasi ke pelabuhan", "Mexianus Bekabel", True, True),
        ],
        "sources": [(0, "Antara", "Antara")],
    },
    {
        "paragraphs": [
            "Seperti dikutip Politico, Gedung Putih menolak berkomentar soal laporan itu.",
            "Laporan itu pertama kali dimuat Axios, Rabu malam, dan dikutip dari Axios oleh media lain.",
        ],
        "sources": [(0, "Politico", "Politico"), (1, "Axios", "Axios")],
    },
    # --- quotes and speakers ------------------------------------------------------------------
    {
        "paragraphs": [
            "Pelatih Persib Bojan Hodak menilai timnya bermain di bawah standar.",
            '"Kami kehilangan banyak bola di tengah," kata Bojan.',
            '"Babak kedua lebih baik, tetapi terlambat," lanjutnya.',
            "Kapten tim Marc Klok mengakui bahwa pemain kelelahan setelah perjalanan jauh.",
            '"Kami tidak mencari alasan," ucap Klok.',
        ],
        "quotes": [
            (0, "timnya bermain di bawah standar", "Bojan Hodak", False, False),
            (1, "Kami kehilangan banyak bola di tengah", "Bojan Hodak", True, False),
            (2, "Babak kedua lebih baik, tetapi terlambat", "Bojan Hodak", True, True),
            (3, "pemain kelelahan setelah perjalanan jauh", "Marc Klok", False, False),
            (4, "Kami tidak mencari alasan", "Marc Klok", True, False),
        ],
    },
    {
        "paragraphs": [
            "Wakil Ketua DPRD Jawa Timur Anik Maslachah mengingatkan pemerintah provinsi soal stok pupuk.",
            '"Petani jangan sampai kesulitan pupuk saat musim tanam," kata Anik, Rabu (5/6/2024).',
            "Ia menambahkan, distribusi pupuk bersubsidi harus diawasi sampai ke kios.",
            '"Jangan ada permainan," tegas politikus PKB itu.',
        ],
        "quotes": [
            (1, "Petani jangan sampai kesulitan pupuk saat musim tanam", "Anik Maslachah", True, False),
            (2, "distribusi pupuk bersubsidi harus diawasi sampai ke kios", "Anik Maslachah", False, True),
            (3, "Jangan ada permainan", "Anik Maslachah", True, True),
        ],
    },
    {
        "paragraphs": [
            '"Kami sudah tiga kali mengajukan izin, tetapi belum ada jawaban dari dinas.',
            '"Sekarang kami menunggu keputusan wali kota," kata Ketua Paguyuban PKL Malioboro Yati Dimanto.',
            "Hal itu disampaikan Yati saat audiensi di Balai Kota Yogyakarta.",
        ],
        "quotes": [
            (
                0,
                "Kami sudah tiga kali mengajukan izin, tetapi belum ada jawaban dari dinas.",
                "Yati Dimanto",
                True,
                False,
            ),
            (1, "Sekarang kami menunggu keputusan wali kota", "Yati Dimanto", True, False),
        ],
    },
    {
        "paragraphs": [
            "Harga cabai rawit di Pasar Johar, kata Kepala Dinas Perdagangan Semarang Fajar Purwoto, naik dua kali lipat.",
            "Menurutnya, kenaikan itu dipicu cuaca buruk di daerah sentra produksi.",
        ],
        "quotes": [
            (
                0,
                "Harga cabai rawit di Pasar Johar, kata Kepala Dinas Perdagangan Semarang Fajar Purwoto, naik dua kali lipat",
                "Fajar Purwoto",
                False,
                False,
            ),
            (1, "kenaikan itu dipicu cuaca buruk di daerah sentra produksi", "Fajar Purwoto", False, True),
        ],
    },
    {
        "paragraphs": [
            '"Sudah daftar ulang, Bu?" tanya petugas. "Belum, Pak," jawab Rohani, orang tua murid.',
        ],
        "quotes": [
            (0, "Sudah daftar ulang, Bu?", "petugas", True, False),  # issue 12: was None
            (0, "Belum, Pak", "Rohani", True, False),
        ],
    },
    {
        "paragraphs": [
            'Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan: "Pelaku kami tangkap di rumahnya."',
            "“Barang bukti berupa sepeda motor dan dua ponsel,” ujar mantan Kapolres Serang itu.",
        ],
        "quotes": [
            (0, "Pelaku kami tangkap di rumahnya.", "Rio Wahyu Anggoro", True, False),
            (1, "Barang bukti berupa sepeda motor dan dua ponsel", "Rio Wahyu Anggoro", True, True),
        ],
    },
    # --- traps: nothing here is a source ------------------------------------------------------
    {
        "trap": True,
        "paragraphs": ['"Saya sudah melapor," kata Budi kepada wartawan, Senin (3/6/2024).'],
        "quotes": [(0, "Saya sudah melapor", "Budi", True, False)],
    },
    {"trap": True, "paragraphs": ["Hal itu disampaikan Camat Cibinong kepada awak media di kantornya."]},
    {
        "trap": True,
        "paragraphs": ['"Saya tidak percaya berita CNN atau Reuters," kata Hendra Wijaya.'],
        "quotes": [(0, "Saya tidak percaya berita CNN atau Reuters", "Hendra Wijaya", True, False)],
    },
    {"trap": True, "paragraphs": ["Tentara Israel menggerebek kantor Al Jazeera di Ramallah pada Minggu dini hari."]},
    {"trap": True, "paragraphs": ["CEO Yonhap mengundurkan diri setelah skandal keuangan terungkap."]},
    {"trap": True, "paragraphs": ["Polisi mengutip data intelijen untuk menjelaskan penangkapan itu."]},
    {"trap": True, "paragraphs": ["Seperti diberitakan sebelumnya, jembatan itu ambruk pada Sabtu malam."]},
    {"trap": True, "paragraphs": ["Sebagaimana yang dilaporkan, kerusakan terjadi di tiga desa."]},
    {"trap": True, "paragraphs": ["TRIBUNNEWS.COM, JAKARTA - Harga emas turun pada Senin pagi."]},
    {"trap": True, "paragraphs": ["Laporan Wartawan Tribunnews.com, Yunita Rahmayanti"]},
    {"trap": True, "paragraphs": ["(Tribunnews.com/Yunita Rahmayanti)"]},
    {"trap": True, "paragraphs": ["Sumber: Kompas.com"]},
    {"trap": True, "paragraphs": ["Artikel ini telah tayang di Kompas.com dengan judul Harga Emas Turun Lagi"]},
    {"trap": True, "paragraphs": ["Mobil itu dilaporkan hilang oleh pemiliknya pada Kamis pagi."]},
    {"trap": True, "paragraphs": ["Pemerintah Korea Utara menandatangani kontrak baru dengan KCNA."]},
    {
        "trap": True,
        "paragraphs": ['"Ini ancaman serius," kata Khoudary, jurnalis Al Jazeera.'],
        "quotes": [(0, "Ini ancaman serius", "Khoudary", True, False)],
    },
    {"trap": True, "paragraphs": ["Berdasarkan laporan korban, kerugian ditaksir Rp 25 juta."]},
    {"trap": True, "paragraphs": ["Diberitakan sebelumnya, Wakil Presiden membantah kabar tersebut."]},
    {"trap": True, "paragraphs": ["POS-KUPANG.COM | KUPANG - Warga antusias datang ke TPS sejak pagi."]},
    {"trap": True, "paragraphs": ["Pantauan TribunJakarta.com, arus lalu lintas di Jalan Sudirman ramai lancar."]},
]
