#!/usr/bin/env python3
# Generates grammar/cplan.tmLanguage.json (and the VS Code extension copy) from the
# keyword tables of KEYWORDS.md. Run from the repo root after changing a keyword;
# Tests/ConsultPlanTests/Editor checks the result against the lexer keyword table.
import json, re
decls = {"plan":["计划"],"policy":["规则"],"committee":["专委会","专门委员会"],"sector":["界别"],"party":["党派"],
 "department":["部门"],"member":["委员"],"group":["分组"],"meeting":["会议","协商活动"],"series":["系列"],
 "approval":["审批"],"holiday":["假日"],"workday":["调休"],"record":["记录"]}
reserved = {"let":["设"],"for":["对于"],"in":["属于"],"if":["如果"],"else":["否则"],"template":["模板"],"use":["使用"],
 "require":["要求"],"warn":["提醒"],"include":["引入"],"where":["满足"],"and":["且"],"or":["或"],"not":["非"],"all":["全体"],
 "it":[],"true":[],"false":[]}
attrs = {"year":["年度"],"organization":["单位"],"calendar":["日历"],"timezone":["时区"],"locale":["语言"],"chair":["主任"],
 "contact":["联系方式"],"sector":["界别"],"committee":["专委会"],"party":["党派"],"role":["身份"],"members":["成员"],
 "form":["形式"],"topic":["议题"],"topics":["议题列表"],"date":["日期"],"time":["时段"],"venue":["地点"],"lead":["牵头"],
 "with":["协办"],"participants":["参加"],"invite":["邀请"],"source":["来源"],"supervision":["民主监督"],"after":["之后"],
 "prepare":["准备"],"follow_up":["跟进"],"feedback":["反馈"],"report":["报送"],"notice":["通知"],"every":["每"],
 "skip holidays":["跳过假日"],"shift holidays":["顺延假日"],"held":["召开"],"cancelled":["取消"],"received":["收到"],
 "absent":["缺席"],"leave":["请假"],"drafted":["起草"],"revised":["修改"],"reviewed":["审议"],"approved":["审定"],
 "min_topic_consultations":["专题协商最少次数"],"supervision_share":["民主监督比例"],"max_absences":["缺席上限"],"severity":["级别"]}
grammar_words = {"by":["由"],"due":["截止"],"before":["之前"],"after":["之后"],"within":["期限"],"from report":["自报送"],
 "on":["逢"],"from":["自"],"until":["至"],"week":["周"],"month":["月"],"first":["第一个"],"second":["第二个"],"third":["第三个"],
 "fourth":["第四个"],"last":["最后一个"],"off":["关闭"],"warning":["警告"],"error":["错误"]}
forms = {"plenary":["全体会议"],"standing_committee":["常委会议","专题议政性常委会会议"],"special_consultation":["专题协商会"],
 "biweekly_forum":["双周协商座谈会"],"symposium":["协商座谈会"],"counterpart":["对口协商会"],"sector_consultation":["界别协商会"],
 "proposal_handling":["提案办理协商会"],"online":["网络议政远程协商会"]}
sources = {"public":["社会征题"],"citizens":["群众出题"],"department":["部门点题"],"cppcc":["政协集题"],"party_committee":["党委定题"]}
cal = {"china":["中国"],"weekends":[],"none":[]}
zh = "一二三四五六日"
weekdays = {w:["周"+zh[i],"星期"+zh[i]] for i,w in enumerate(["monday","tuesday","wednesday","thursday","friday","saturday","sunday"])}
weekdays["sunday"] += ["周天","星期天"]
functions = ["count","len","min","max","sum","sorted","weekday","is_workday","next_workday","workdays_between","today"]
collections = ["meetings","members","committees","sectors","parties","departments","groups"]
units = ["个工作日","工作日","个小时","小时","分钟","个月","天","日","周","星期","workdays","workday","minutes","minute","months","month","weeks","week","hours","hour","days","day"]
def words(d):
    out=[]
    for k,v in d.items(): out += [k]+v
    # longest first so alternation prefers whole words
    return sorted(set(out), key=lambda s:(-len(s), s))
def alt(ws): return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in ws)
W = r"(?<![\w])(?:%s)(?![\w])"
g = {
 "$schema": "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
 "name": "cplan", "scopeName": "source.cplan", "fileTypes": ["cplan"],
 "patterns": [{"include":"#comments"},{"include":"#strings"},{"include":"#declarations"},{"include":"#literals"},
   {"include":"#keywords"},{"include":"#values"},{"include":"#names"},{"include":"#operators"}],
 "repository": {
  "comments": {"patterns": [
     {"name":"comment.line.double-slash.cplan","begin":"//","end":"$",
      "patterns":[{"name":"keyword.other.directive.cplan","match":"cplan:\\s*allow\\b"}]},
     {"include":"#block-comment"}]},
  "block-comment": {"name":"comment.block.cplan","begin":"/\\*","end":"\\*/","patterns":[{"include":"#block-comment"}]},
  "strings": {"patterns": [
     {"name":"string.quoted.triple.cplan","begin":"\"\"\"","end":"\"\"\"","patterns":[{"include":"#string-content"}]},
     {"name":"string.quoted.double.cplan","begin":"\"","end":"\"|$","patterns":[{"include":"#string-content"}]},
     {"name":"string.quoted.other.fullwidth.cplan","begin":"“","end":"”|$","patterns":[{"include":"#string-content"}]}]},
  "string-content": {"patterns": [
     {"name":"meta.interpolation.cplan","begin":"\\\\\\(","end":"\\)","beginCaptures":{"0":{"name":"punctuation.section.interpolation.begin.cplan"}},
      "endCaptures":{"0":{"name":"punctuation.section.interpolation.end.cplan"}},"patterns":[{"include":"#interpolation-content"}]},
     {"name":"constant.character.escape.cplan","match":"\\\\(?:[\"\\\\ntr0]|u\\{[0-9A-Fa-f]{1,8}\\})"},
     {"name":"invalid.illegal.escape.cplan","match":"\\\\."}]},
  "interpolation-content": {"patterns":[{"begin":"\\(","end":"\\)","patterns":[{"include":"#interpolation-content"}]},
     {"include":"#strings"},{"include":"#literals"},{"include":"#keywords"},{"include":"#values"},{"include":"#names"},{"include":"#operators"}]},
  "declarations": {"patterns": [
     {"match": r"^\s*(%s)" % (W % alt(["policy","规则","approval","审批","holiday","假日","workday","调休","record","记录","plan","计划"])),
      "captures":{"1":{"name":"storage.type.declaration.cplan"}}},
     {"match": r"^\s*(%s)(?:\s+([\w·]+))?" % (W % alt([w for k,v in decls.items() if k not in ("plan","policy","approval","holiday","workday","record") for w in [k]+v])),
      "captures":{"1":{"name":"storage.type.declaration.cplan"},"2":{"name":"entity.name.type.cplan"}}},
     {"match": r"(?:^|(?<=[{;]))\s*(%s)" % (W % alt(words(attrs))), "captures":{"1":{"name":"variable.other.property.attribute.cplan"}}}]},
  "literals": {"patterns": [
     {"name":"constant.numeric.date.cplan","match":r"(?<![\w])\d{4}-(?:\d{2}-\d{2}|\d{2}|Q[1-4])(?![\w])"},
     {"name":"constant.numeric.time.cplan","match":r"(?<![\w:])\d{1,2}:\d{2}(?![\w:])"},
     {"name":"constant.numeric.duration.cplan","match":r"(?<![\w.])\d+\s*(?:%s)(?![A-Za-z_])" % alt(units)},
     {"name":"constant.numeric.percentage.cplan","match":r"(?<![\w.])\d+(?:\.\d+)?%"},
     {"name":"constant.numeric.cplan","match":r"(?<![\w.])\d+(?:\.\d+)?(?![\w])"},
     {"name":"constant.language.boolean.cplan","match":r"(?<![\w])(?:true|false)(?![\w])"}]},
  "keywords": {"patterns": [
     {"name":"keyword.control.cplan","match": W % alt(words({k:v for k,v in reserved.items() if k in ("let","for","in","if","else","template","use","require","warn","include")}))},
     {"name":"keyword.operator.word.cplan","match": W % alt(words({k:v for k,v in reserved.items() if k in ("where","and","or","not")}))},
     {"name":"variable.language.cplan","match": W % alt(words({k:v for k,v in reserved.items() if k in ("all","it")}))},
     {"name":"keyword.other.grammar.cplan","match": W % alt(words(grammar_words) + ["skip","shift","holidays","from","report"])}]},
  "values": {"patterns": [
     {"name":"constant.language.form.cplan","match": W % alt(words(forms))},
     {"name":"constant.language.source.cplan","match": W % alt(words(sources))},
     {"name":"constant.language.weekday.cplan","match": W % alt(words(weekdays))},
     {"name":"constant.language.calendar.cplan","match": W % alt(words(cal))}]},
  "names": {"patterns": [
     {"name":"support.function.builtin.cplan","match": r"(?<![\w])(?:%s)(?=\s*\()" % alt(functions)},
     {"name":"support.variable.collection.cplan","match": W % alt(collections)},
     {"name":"variable.other.cplan","match": r"[\w·]+"}]},
  "operators": {"patterns": [
     {"name":"keyword.operator.range.cplan","match":r"\.\."},
     {"name":"keyword.operator.comparison.cplan","match":r"==|!=|<=|>=|<|>"},
     {"name":"keyword.operator.arithmetic.cplan","match":r"[+\-*/]"},
     {"name":"keyword.operator.assignment.cplan","match":r"="},
     {"name":"punctuation.separator.cplan","match":r"[,;，、；]"}]}
 }}
s = json.dumps(g, ensure_ascii=False, indent=2) + "\n"
open("grammar/cplan.tmLanguage.json","w").write(s)
open("grammar/vscode-cplan/syntaxes/cplan.tmLanguage.json","w").write(s)
