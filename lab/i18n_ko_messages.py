"""The Korean catalog of messages (data only): the command line's help and the errors lab/ raises.

Same form as :mod:`lab.i18n_ko` (``EXACT``, then ``TEMPLATES`` tried in order).  Messages
carry data (a path, a bad value, a list of known names, an OS reason) that is shown as it
is: the fields named in ``VERBATIM`` are kept, not translated, and may hold any text, except
``where``, the prefix of ``"{where}: {error}"`` (a file, a parameter, ``--set 'x=y'``), which
must look like data (a path, a file name, a quoted value, a flag or a lowercase identifier) so that an
untranslated English title is still reported as missing.
"""

_ONE_THING = r"^(?:(?!: ).)*$"  # no ": " inside: a message "name: what is wrong" is split there first
VERBATIM: dict[str, str] = {  # field name -> regex its value must match (searched)
    "path": _ONE_THING, "value": _ONE_THING, "known": _ONE_THING, "option": _ONE_THING, "type": _ONE_THING,
    "size": _ONE_THING, "limit": _ONE_THING, "column": _ONE_THING,
    "detail": "",  # an OS or parser reason, shown as it is
    "where": r"^(?:(?!: ).)*(?:[/\\'\"=_]|^-|\.[A-Za-z])|^[a-z][a-z0-9-]*$",
}

EXACT: dict[str, str] = {
    # --- argparse's own words, the command line's prefixes -----------------------------------
    'usage: ': '사용법: ',
    'positional arguments': '위치 인수',
    'options': '옵션',
    'show this help message and exit': '이 도움말을 보여 주고 끝냄',
    'error': '오류',
    'note': '참고',
    'examples:': '예:',
    'expected one argument': '인수가 하나 필요합니다',
    'expected at most one argument': '인수는 많아야 하나입니다',
    'expected at least one argument': '인수가 하나 이상 필요합니다',
    # --- python main.py --help ------------------------------------------------------------------
    'NN Training Lab: activations, initialization, preprocessing and augmentation, visually.':
        'NN Training Lab: 활성화 함수, 가중치 초기화, 데이터 전처리, 데이터 증강을 눈으로 보는 실험실.',
    'Headless export of slide figures: python main.py export --help':
        '창 없이 슬라이드 그림 내보내기: python main.py export --help',
    'images to open in the Augmentation panel': '데이터 증강 패널에서 열 이미지',
    'start with default layout and parameters': '기본 배치와 기본 매개변수로 시작',
    'save a screenshot of the window once it is painted, then quit': '창이 그려지면 스크린샷을 저장하고 끝냄',
    'raise this panel first (activations, init, augment, pca)': '이 패널을 먼저 앞으로 (activations, init, augment, pca)',
    'start the lecture tour (→ / Page Down next, ← / Page Up back; F11 presentation mode)':
        '강의 투어 시작 (→ / Page Down 다음, ← / Page Up 이전; F11 발표 모드)',
    # --- nn-training-lab install-desktop --help -------------------------------------------------
    'Add NN Training Lab to the application menu of a Linux desktop (for this user).':
        'Linux 데스크톱의 애플리케이션 메뉴에 NN Training Lab을 추가합니다 (이 사용자만).',
    'desktop files are for Linux and BSD desktops; on Windows and macOS start the lab with nn-training-lab':
        '데스크톱 파일은 Linux와 BSD 데스크톱용입니다; Windows와 macOS에서는 nn-training-lab으로 실험실을 시작하세요',
    # --- python main.py export --help -----------------------------------------------------------
    'Export slide-ready figures (and the numbers behind them) without opening a window.':
        '창을 열지 않고 슬라이드용 그림 (과 그 바탕의 수치)을 내보냅니다.',
    'panel(s) to export, comma-separated (default: all)': '내보낼 패널, 쉼표로 구분 (기본값: all)',
    'output folder (created if missing)': '출력 폴더 (없으면 만듦)',
    'a session file saved by the app (File → Save session…)': '앱이 저장한 세션 파일 (파일 → 세션 저장…)',
    'resolution for PNG and size units (default: 200)': 'PNG와 크기 단위의 해상도 (기본값: 200)',
    'look of the figure (default: slide)': '그림의 모양 (기본값: slide)',
    'transparent background (PNG, SVG, PDF)': '투명 배경 (PNG, SVG, PDF)',
    "language of the figures' titles, labels and captions (default: en)":
        '그림의 제목, 레이블, 설명의 언어 (기본값: en)',
    'override a parameter by its session-file name; repeatable (see --list-params)':
        '세션 파일의 이름으로 매개변수 하나를 바꿈; 여러 번 쓸 수 있음 (--list-params 참고)',
    'image file or folder for the augment panel; repeatable': 'augment 패널의 이미지 파일이나 폴더; 여러 번 쓸 수 있음',
    'fail on the first unusable or missing image instead of skipping it with a note':
        '쓸 수 없거나 없는 이미지를 참고 메시지와 함께 건너뛰지 않고 처음 나온 곳에서 실패',
    'list every parameter with its default and range, then exit': '모든 매개변수를 기본값과 범위와 함께 보여 주고 끝냄',
    'start a panel from a lecture preset (one per panel, applied before --set; see --list-presets)':
        '강의 프리셋에서 패널을 시작 (패널마다 하나, --set보다 먼저 적용; --list-presets 참고)',
    "list every panel's presets and their claims, then exit": '모든 패널의 프리셋과 그 주장을 보여 주고 끝냄',
    'export only the figure(s) NAME (e.g. overview, stages; a file is PANEL-NAME.png); repeatable':
        '그림 NAME만 내보냄 (예: overview, stages; 파일 이름은 PANEL-NAME.png); 여러 번 쓸 수 있음',
    # --- the export command's own errors ------------------------------------------------------
    '--panel is empty': '--panel이 비어 있습니다',
    '--out DIR is required': '--out DIR이 필요합니다',
    # --- files: what is wrong with a path (lab/paths.py, lab/augment/loading.py) ------------------
    'is a folder, not a file': '파일이 아니라 폴더입니다',
    'is a folder, not an image file': '이미지 파일이 아니라 폴더입니다',
    'is a named pipe (FIFO), not a regular file: reading it would wait forever':
        '일반 파일이 아니라 이름 있는 파이프 (FIFO)입니다: 읽으면 끝없이 기다리게 됩니다',
    'is a device, not a regular file': '일반 파일이 아니라 장치입니다',
    'is a socket, not a regular file': '일반 파일이 아니라 소켓입니다',
    'is not a regular file': '일반 파일이 아닙니다',
    'is a symbolic link loop (following its links leads back to it)':
        '심볼릭 링크 고리입니다 (링크를 따라가면 다시 자기 자신으로 돌아옴)',
    'no such file': '그런 파일이 없습니다',
    'no such file or folder': '그런 파일이나 폴더가 없습니다',
    'no such file (a part of the path is not a folder)': '그런 파일이 없습니다 (경로의 일부가 폴더가 아님)',
    'permission denied': '권한이 없습니다',
    'the path is too long': '경로가 너무 깁니다',
    'is not a valid path': '올바른 경로가 아닙니다',
    'no image files in this folder': '이 폴더에는 이미지 파일이 없습니다',
    'a JSON file but not an NN Training Lab session': 'JSON 파일이지만 NN Training Lab 세션이 아닙니다',
    'not an image, a CSV of points or a session file (no ending)':
        '이미지도, 점의 CSV도, 세션 파일도 아닙니다 (확장자 없음)',
    'file not found': '파일을 찾을 수 없습니다',
    'the file is empty': '파일이 비어 있습니다',
    'not a UTF-8 text file': 'UTF-8 텍스트 파일이 아닙니다',
    'no CSV file chosen': 'CSV 파일을 고르지 않았습니다',
    'empty file (0 bytes)': '빈 파일 (0바이트)',
    'truncated file (the data ends early)': '잘린 파일 (데이터가 일찍 끝남)',
    'not an image Pillow can read (unknown or unsupported format)':
        'Pillow가 읽을 수 있는 이미지가 아닙니다 (알 수 없거나 지원하지 않는 형식)',
    'the folder is read-only (permission denied)': '폴더가 읽기 전용입니다 (권한 없음)',
    'the disk is full': '디스크가 가득 찼습니다',
    # loading notes (shown beside an image)
    '16-bit grayscale → 8-bit': '16비트 흑백 → 8비트',
    'transparency composited over white': '투명한 부분을 흰색 위에 합성함',
    # --- sessions, pipelines, parameters --------------------------------------------------------
    'not an NN Training Lab session (missing "format": "nn-training-lab-session")':
        'NN Training Lab 세션이 아닙니다 ("format": "nn-training-lab-session"이 없음)',
    '"panels" must be an object of panel parameters': '"panels"는 패널 매개변수의 객체여야 합니다',
    'the JSON is nested too deeply to be a session': 'JSON이 너무 깊게 중첩되어 세션일 수 없습니다',
    'pipeline JSON needs a list of steps': '파이프라인 JSON에는 단계 목록이 필요합니다',
    "expected an object with a 'kind'": "'kind'가 있는 객체여야 합니다",
    'choose at least one': '하나 이상 고르세요',
    'a value is listed twice': '같은 값이 두 번 있습니다',
    'the plot areas would be too small': '그래프 영역이 너무 작아집니다',
    'no images loaded': '불러온 이미지가 없습니다',
    'no images to augment': '증강할 이미지가 없습니다',
    'the data are too large to square without overflow; rescale them': '데이터가 너무 커서 제곱하면 넘칩니다; 크기를 줄이세요',
    'file': '파일',
    'session file': '세션 파일',
    '32-bit integer': '32비트 정수',
    'floating-point': '부동소수점',
    'grayscale': '흑백',
    'palette': '팔레트',
    '1-bit': '1비트',
    'CMYK': 'CMYK',
    'YCbCr': 'YCbCr',
    'HSV': 'HSV',
}

TEMPLATES: tuple[tuple[str, str], ...] = (
    # --- argparse's messages ------------------------------------------------------------------
    ('argument {option}: {error}', '인수 {option}: {error}'),
    ('invalid choice: {value} (choose from {known})', '잘못된 선택: {value} ({known} 중에서 고르세요)'),
    ('invalid {type} value: {value}', '잘못된 {type} 값: {value}'),
    ('the following arguments are required: {option}', '다음 인수가 필요합니다: {option}'),
    ('unrecognized arguments: {value}', '알 수 없는 인수: {value}'),
    ('ambiguous option: {option} could match {known}', '모호한 옵션: {option}은(는) {known} 중 어느 것일 수도 있습니다'),
    ('ignored explicit argument {value}', '명시한 인수 {value}을(를) 무시했습니다'),
    ('not allowed with argument {option}', '인수 {option}과 함께 쓸 수 없습니다'),
    ('one of the arguments {option} is required', '인수 {option} 중 하나가 필요합니다'),
    ('where desktop files and icons go (default: {path})', '데스크톱 파일과 아이콘을 둘 곳 (기본값: {path})'),
    # --- python main.py export ------------------------------------------------------------------
    ('comma-separated formats from {known} (default: png)', '{known} 중에서 쉼표로 구분한 형식 (기본값: png)'),
    ('page size, e.g. 1920x1080px, 25x14cm, 10x5.6in, or a preset: {known} (default: 16:9 = 9.6x5.4in)',
     '페이지 크기, 예: 1920x1080px, 25x14cm, 10x5.6in, 또는 프리셋: {known} (기본값: 16:9 = 9.6x5.4in)'),
    ('--preset {value}: expected PANEL:NAME (see --list-presets)', '--preset {value}: PANEL:NAME 형식이어야 합니다 (--list-presets 참고)'),
    ('--preset {value}: one preset per panel ({option} has one already)',
     '--preset {value}: 프리셋은 패널마다 하나입니다 ({option}에는 이미 있음)'),
    ('--set {value}: expected PANEL.PARAM=VALUE', '--set {value}: PANEL.PARAM=VALUE 형식이어야 합니다'),
    ('--set {value}: unknown panel {option}', '--set {value}: 알 수 없는 패널 {option}'),
    ('--set {value}: unknown parameter {option} (see --list-params)', '--set {value}: 알 수 없는 매개변수 {option} (--list-params 참고)'),
    ('--figure: no figure named {value} (known: {known})', '--figure: 이름이 {value}인 그림이 없습니다 (있는 그림: {known})'),
    ('unknown panel {value} (use {known})', '알 수 없는 패널 {value} ({known} 중 하나를 쓰세요)'),
    ('{error} (and {n} more)', '{error} (외 {n}개)'),
    ('{error}; nothing was written for it', '{error}; 이 그림은 아무것도 쓰지 않았습니다'),
    ('{error}; the smallest page that works is about {size} (--size {value})',
     '{error}; 되는 가장 작은 페이지는 약 {size}입니다 (--size {value})'),
    ('{error}; skipped', '{error}; 건너뜀'),
    ('skipped {error}', '건너뜀: {error}'),
    ('NaN in {known}: {error}', '{known}에 NaN: {error}'),
    # --- figures and pages ----------------------------------------------------------------------
    ('a {w}×{h} cm page is too small ({error})', '{w}×{h} cm 페이지는 너무 작습니다 ({error})'),
    ('a {w}×{h} cm page is too small ({detail})', '{w}×{h} cm 페이지는 너무 작습니다 ({detail})'),
    ('no page up to 10× the requested size works', '요청한 크기의 10배까지 어떤 페이지도 맞지 않습니다'),
    ('unknown figure format {value} (use one of {known})', '알 수 없는 그림 형식 {value} ({known} 중 하나를 쓰세요)'),
    ('figure size {w}×{h} px is outside 16–20000 px', '그림 크기 {w}×{h} px가 16–20000 px 범위를 벗어납니다'),
    ('DPI {dpi} is outside 10–2400', 'DPI {dpi}이(가) 10–2400 범위를 벗어납니다'),
    ('bad size {value}: use WxH with px, cm or in (e.g. 1920x1080px, 25x14cm) or one of {known}',
     '잘못된 크기 {value}: px, cm, in 단위의 WxH (예: 1920x1080px, 25x14cm)나 {known} 중 하나를 쓰세요'),
    ('bad size {value}: width and height must be positive', '잘못된 크기 {value}: 너비와 높이는 양수여야 합니다'),
    ('unknown format(s) {value}: use {known}', '알 수 없는 형식 {value}: {known}을(를) 쓰세요'),
    ('cannot create the folder {path}: {error}', '폴더 {path}을(를) 만들 수 없습니다: {error}'),
    ('cannot create the folder {path}: {detail}', '폴더 {path}을(를) 만들 수 없습니다: {detail}'),
    ('cannot write {path}: {error}', '{path}에 쓸 수 없습니다: {error}'),
    ('cannot write {path}: {detail}', '{path}에 쓸 수 없습니다: {detail}'),
    # --- files ----------------------------------------------------------------------------------
    ('is a broken symbolic link (its target {path} does not exist)', '끊어진 심볼릭 링크입니다 (대상 {path}이(가) 없음)'),
    ('cannot read ({detail})', '읽을 수 없습니다 ({detail})'),
    ('cannot read {path}: {error}', '{path}을(를) 읽을 수 없습니다: {error}'),
    ('cannot read {path}: {detail}', '{path}을(를) 읽을 수 없습니다: {detail}'),
    ('cannot read {detail}', '읽을 수 없습니다: {detail}'),
    ('cannot list the folder ({detail})', '폴더 목록을 읽을 수 없습니다 ({detail})'),
    ('the {what} is {size}, above the {limit} limit', '{what} 크기가 {size}로, 한도 {limit}을(를) 넘습니다'),
    ('not an image, a CSV of points or a session file ({value})', '이미지도, 점의 CSV도, 세션 파일도 아닙니다 ({value})'),
    ('file is {a} MB, above the {b} MB limit', '파일이 {a} MB로, 한도 {b} MB를 넘습니다'),
    ('has no pixels ({size})', '픽셀이 없습니다 ({size})'),
    ('{size} = {n} pixels is more than the {limit}-pixel limit (refused as a possible decompression bomb)',
     '{size} = {n}픽셀로, 한도 {limit}픽셀보다 많습니다 (압축 폭탄일 수 있어 거부함)'),
    ('too many pixels (more than the {limit}-pixel limit): refused as a possible decompression bomb',
     '픽셀이 너무 많습니다 (한도 {limit}픽셀 초과): 압축 폭탄일 수 있어 거부함'),
    ('corrupt header ({detail})', '헤더가 손상됨 ({detail})'),
    ('corrupt image data ({detail})', '이미지 데이터가 손상됨 ({detail})'),
    ('not enough memory to decode it ({detail})', '디코딩할 메모리가 부족합니다 ({detail})'),
    ('not a readable image ({detail})', '읽을 수 있는 이미지가 아닙니다 ({detail})'),
    ('the image ({size}) holds fewer than 2 patches of {limit}', '이미지 ({size})에 {limit} 패치가 2개도 들어가지 않습니다'),
    # loading notes
    ('{kind} grayscale rescaled {a} → 0…255', '{kind} 흑백을 {a} → 0…255로 다시 맞춤'),
    ('first of {n} frames', '프레임 {n}개 중 첫 번째'),
    ('EXIF orientation {n} applied', 'EXIF 방향 {n} 적용'),
    ('shown at {size}', '{size}로 표시'),
    # CSV of points
    ('no column named {value} (header: {known}); use a name or a 1-based number',
     '이름이 {value}인 열이 없습니다 (머리글: {known}); 열 이름이나 1부터 세는 번호를 쓰세요'),
    ('no column named {value} (the file has no header row); use a name or a 1-based number',
     '이름이 {value}인 열이 없습니다 (파일에 머리글 행이 없음); 열 번호 (1부터)를 쓰세요'),
    ('column {value} does not exist (the file has {n} columns)', '{value}번 열이 없습니다 (파일의 열은 {n}개)'),
    ('need at least 3 data rows, found {n}', '데이터 행이 3개 이상 필요한데 {n}개뿐입니다'),
    ('{n} rows is more than the {m} the lab handles', '{n}행은 이 실험실이 다루는 {m}행보다 많습니다'),
    ('missing value in {column}', '{column}에 값이 없습니다'),
    ('{value} in {column} is not a finite number', '{column}의 {value}은(는) 유한한 수가 아닙니다'),
    ('{value} in {column} is not a number', '{column}의 {value}은(는) 수가 아닙니다'),
    ('{path}, line {n}: {error}', '{path}, {n}행: {error}'),
    ('PCA data: {error}', 'PCA 데이터: {error}'),
    ('Image patches: {error}', '이미지 패치: {error}'),
    ('Ignored dragged point(s) {known}: only {n} points.', '끌어 옮긴 점 {known}은(는) 무시함: 점이 {n}개뿐이다.'),
    ('{n} point(s) contain NaN or infinity (first at row {m}); remove them before PCA',
     '점 {n}개에 NaN이나 무한대가 있습니다 (첫 번째는 {m}행); PCA 전에 지우세요'),
    ('need at least {n} points, got {m}', '점이 {n}개 이상 필요한데 {m}개뿐입니다'),
    ('need at least 3 training points, got {n}', '학습 점이 3개 이상 필요한데 {n}개뿐입니다'),
    # --- sessions ---------------------------------------------------------------------------------
    ('unsupported session version {value} (this app reads version {n})', '지원하지 않는 세션 버전 {value} (이 앱은 버전 {n}을 읽음)'),
    ('unknown panel {value} (known: {known})', '알 수 없는 패널 {value} (있는 패널: {known})'),
    ('{path} is not a text file', '{path}은(는) 텍스트 파일이 아닙니다'),
    ('{path} is not valid JSON (line {a}, column {b}: {detail})', '{path}은(는) 올바른 JSON이 아닙니다 ({a}행, {b}열: {detail})'),
    ('{path} is not a usable JSON document ({detail})', '{path}은(는) 쓸 수 있는 JSON 문서가 아닙니다 ({detail})'),
    ('panel {value}: {error}', '패널 {value}: {error}'),
    ('{error}; its saved parameters were skipped', '{error}; 저장된 매개변수는 건너뛰었습니다'),
    # --- parameters (lab/params.py; prefixed by the parameter's name) ------------------------------
    ('{value} is not a finite number', '{value}은(는) 유한한 수가 아닙니다'),
    ('{value} is outside {known}', '{value}은(는) {known} 범위 밖입니다'),
    ('{value} is too large for a number', '{value}은(는) 수로 다루기에 너무 큽니다'),
    ('{value} is not one of {known}', '{value}은(는) {known} 중 하나가 아닙니다'),
    ('{value} is too small (0 = full resolution, else at least 32)', '{value}은(는) 너무 작습니다 (0 = 원래 해상도, 아니면 32 이상)'),
    ('expected true or false, got {value}', 'true나 false여야 합니다 (받은 값: {value})'),
    ('expected an integer, got {value}', '정수여야 합니다 (받은 값: {value})'),
    ('expected a number, got {value}', '수여야 합니다 (받은 값: {value})'),
    ('expected text, got {value}', '텍스트여야 합니다 (받은 값: {value})'),
    ('expected a list, got {value}', '목록이어야 합니다 (받은 값: {value})'),
    ('expected text items, got {value}', '텍스트 항목이어야 합니다 (받은 값: {value})'),
    ('expected finite numbers, got {value}', '유한한 수여야 합니다 (받은 값: {value})'),
    ('expected comma-separated numbers, got {value}', '쉼표로 구분한 수여야 합니다 (받은 값: {value})'),
    ('expected an object of parameters, got {type}', '매개변수의 객체여야 합니다 (받은 값: {type})'),
    ('unknown parameter {value} (known: {known})', '알 수 없는 매개변수 {value} (있는 매개변수: {known})'),
    ('unknown parameter {value}', '알 수 없는 매개변수 {value}'),
    ('unknown preset {value} (known: {known})', '알 수 없는 프리셋 {value} (있는 프리셋: {known})'),
    ('{n} runs (activations × schemes × inputs); at most {m}', '실행 {n}개 (활성화 함수 × 초기화 방식 × 입력); 많아야 {m}개'),
    # --- augmentation pipelines (a pipeline JSON file) ----------------------------------------------
    ('not valid JSON: {detail} at line {a} column {b}', '올바른 JSON이 아닙니다 ({a}행 {b}열): {detail}'),
    ('not an augmentation pipeline (format {value})', '증강 파이프라인이 아닙니다 (형식 {value})'),
    ('pipeline version {value} is newer than this lab understands ({n})', '파이프라인 버전 {value}은(는) 이 실험실이 이해하는 버전 ({n})보다 새롭습니다'),
    ('step {n}: {error}', '{n}단계: {error}'),
    ('unknown field(s) {known}', '알 수 없는 필드 {known}'),
    ('unknown step {value} (known: {known})', '알 수 없는 단계 {value} (있는 단계: {known})'),
    ('unknown step {value}', '알 수 없는 단계 {value}'),
    ('probability p must be in [0, 1], got {value}', '확률 p는 [0, 1] 안이어야 합니다 (받은 값: {value})'),
    ('enabled must be true or false, got {value}', 'enabled는 true나 false여야 합니다 (받은 값: {value})'),
    ('options must be an object, got {value}', 'options는 객체여야 합니다 (받은 값: {value})'),
    ('unknown option {value} (known: {known})', '알 수 없는 옵션 {value} (있는 옵션: {known})'),
    ('{option} expects a finite number, got {value}', '{option}에는 유한한 수가 필요합니다 (받은 값: {value})'),
    ('{option} = {value} is outside {known}', '{option} = {value}은(는) {known} 범위 밖입니다'),
    ('{option} expects an integer, got {value}', '{option}에는 정수가 필요합니다 (받은 값: {value})'),
    ('{option} must be one of {known}, got {value}', '{option}은(는) {known} 중 하나여야 합니다 (받은 값: {value})'),
    ('{option} expects a [low, high] pair, got {value}', '{option}에는 [low, high] 쌍이 필요합니다 (받은 값: {value})'),
    ('{option} low {a} is above high {b}', '{option}의 low {a}이(가) high {b}보다 큽니다'),
    ('{detail} would make a {size} image ({n} MP), above the {m} MP limit per sample; use a smaller size or preview size',
     '{detail}은(는) {size} 이미지 ({n} MP)를 만들어 표본당 한도 {m} MP를 넘습니다; 더 작은 크기나 미리보기 크기를 쓰세요'),
)

# tried after every other template (lab.i18n_ko's too): a message about one thing, its name first
LAST: tuple[tuple[str, str], ...] = (
    ('{where}: {error}', '{where}: {error}'),  # a file, a parameter, a flag, then what is wrong
)
