"""The analyzers: normalisation keeps offsets, bigrams never cross paragraphs, words are whole."""
from search import analysis
from search.analysis import BigramTokenizer, WordAnalyzer


def test_it_normalises_width_case_and_traditional_without_changing_length():
    text = "１２月ＡＢＣ內蒙古⋯"
    norm = analysis.normalize(text)
    assert norm == "12月abc内蒙古…"
    assert len(norm) == len(text)


def test_it_emits_bigrams_with_a_position_gap_between_paragraphs():
    toks = list(BigramTokenizer().tokens("鄂尔多\n斯市"))
    texts = [t[0] for t in toks]
    assert texts == ["鄂尔", "尔多", "多", "斯市", "市"]
    assert "多斯" not in texts  # no gram spans the paragraph break
    positions = [t[1] for t in toks]
    assert positions[3] - positions[2] > 2


def test_it_ignores_stray_spaces_inside_text_for_grams():
    texts = [t[0] for t in BigramTokenizer().tokens("自 3月")]
    assert "自3" in texts


def test_it_gives_words_sequential_positions():
    toks = [(t.text, t.pos) for t in WordAnalyzer()("内蒙古日报记者报道", positions=True)]
    assert [p for _, p in toks] == list(range(len(toks)))


def test_it_keeps_gazetteer_and_reporter_names_whole():
    analysis.add_words(["贾婷婷"])
    assert "乌拉特中旗" in analysis.words("巴彦淖尔市乌拉特中旗的牧民")
    assert "贾婷婷" in analysis.words("实习生贾婷婷报道")


def test_it_tokenizes_mongolian_and_latin_words():
    words = analysis.words("ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ and COVID-19")
    assert "ᠮᠣᠩᠭᠣᠯ" in words and "ᠬᠡᠯᠡ" in words
    assert "covid" in words and "19" in words


def test_it_drops_mongolian_format_characters():
    # FVS1 inside a word must not stop the word from matching its plain spelling
    assert analysis.query_chars("ᠮ\u180bᠣᠩ") == "ᠮᠣᠩ"


def test_it_tags_person_names_over_the_archives_dictionary():
    # the parser asks whether a line is nothing but names (纪力清 under its deck)
    assert analysis.tagged_words("纪力清") == [("纪力清", "nr")]
    tags = dict(analysis.tagged_words("组织形式纪力清"))
    assert tags["纪力清"] == "nr" and tags["形式"] != "nr"
    # the places and reporters the archive added keep their part of speech
    # (jieba's own dictionary takes 杭锦旗 for a name)
    assert ("杭锦旗", "ns") in analysis.tagged_words("鄂尔多斯市杭锦旗的牧民")
    analysis.add_words(["贾婷婷"])
    assert ("贾婷婷", "nr") in analysis.tagged_words("贾婷婷报道")
