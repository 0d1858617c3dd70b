"""How far extraction looks: every construction is read within a bounded window of tokens,
so extraction stays linear in the text."""

# A subject's most tokens: "jumlah penumpang kereta jarak jauh yang berangkat dari Stasiun
# Yogyakarta selama masa angkutan Lebaran 2025" (15) still carries to ", naik 12,5 persen".
MAX_SUBJECT = 16
# A speaker phrase's usual most words ("Kepala Dinas Kesehatan Kota Medan dr. Nurul Aini").
MAX_SPEAKER = 8
# The farthest a construction looks from where it starts.
WINDOW = 40
