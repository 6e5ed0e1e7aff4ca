// GENERATED from IANA/services by scripts/generate-service-registry.sh. Do not edit by hand.
//
// Source: the IANA Service Name and Transport Protocol Port Number Registry
// (https://www.iana.org/assignments/service-names-port-numbers/), as Wireshark keeps it in
// services(5) form (Debian libwireshark-data's /usr/share/wireshark/services), committed
// verbatim as Sources/WharfingerServices/IANA/services.
// TCP and UDP only; where IANA lists several names for a port, the first wins.
// ServiceRegistrySourceTests fails when this file and its source disagree.

extension ServiceRegistry {
    /// The built-in registry, packed; ServiceRegistry+IANAArrays.swift unpacks it at first use
    /// and BuiltInServiceTable.swift looks things up in it.
    enum IANA {
        static let nameCount = 6149
        /// Every service name, sorted, one a line; entries refer to them by line index.
        static let packedNames: StaticString = """
        1ci-smcs
        2ping
        3Com-nsd
        3com-amp3
        3com-net-mgmt
        3com-njack-1
        3com-njack-2
        3com-tsmux
        3com-webview
        3comfaxrpc
        3comnetman
        3d-nfsd
        3ds-lm
        3exmp
        3gpp-cbsp
        3gpp-monp
        3l-l1
        3link
        3m-image-lm
        3par-evts
        3par-mgmt
        3par-mgmt-ssl
        3par-rcopy
        4-tieropmcli
        4-tieropmgw
        4talk
        5afe-dir
        5afe-disc
        6a44
        802-11-iapp
        914c-g
        9pfs
        Apple-Remote-De
        BESApi
        CAIlic
        CardWeb-IO
        CardWeb-RT
        DMExpress
        Escale-(Newton
        EtherNet-IP-1
        EtherNet-IP-2
        LiebDevMgmt-A
        LiebDevMgmt-C
        LiebDevMgmt-DM
        MOS-aux
        MOS-lower
        MOS-soap
        MOS-soap-opt
        MOS-upper
        MaxumSP
        MobilitySrv
        PS-Capture-Pro
        PS-Server
        PowerAlert-nsa
        RDCenter
        SunVTS-RMI
        XSIP-network
        XmlIpcRegSvc
        a-trust-rpc
        a1-bs
        a1-msc
        a13-an
        a14
        a15
        a16-an-an
        a17-an-an
        a21-an-1xbs
        a26-fap-fgw
        a27-ran-ran
        a3-sdunode
        a4-sdunode
        aairnet-1
        aairnet-2
        aal-lm
        aamp
        aap
        aas
        abacus-remote
        abarsd
        abatemgr
        abatjss
        abb-escp
        abb-hw
        abbaccuray
        abbs
        abcsoftware
        abcvoice-port
        about
        abr-api
        abr-secure
        ac-cluster
        ac-tech
        acap
        acas
        acc-raid
        accel
        accelenet
        accelenet-data
        accessbuilder
        accessnetwork
        accord-mgc
        acctopus-cc
        acctopus-st
        accu-lmgr
        accuracer
        accuracer-dbms
        acd-pm
        ace-client
        ace-proxy
        ace-server
        ace-svr-prop
        aci
        acis
        acl-manager
        acmaint-dbd
        acmaint-transd
        acme
        acmsoda
        acnet
        acp
        acp-conduit
        acp-discovery
        acp-policy
        acp-port
        acp-proto
        acplt
        acptsys
        acr-nema
        acronis-backup
        acter
        actifio-c2c
        actifioreplic
        actifioudsagent
        activememory
        activesync
        actnet
        ada-cip
        adap
        adapt-sna
        adaptecmgr
        adcp
        adi-gxp-srvprt
        admind
        admins-lms
        adobeserver-1
        adobeserver-2
        adobeserver-3
        adobeserver-4
        adobeserver-5
        adrep
        ads
        ads-s
        adtech-test
        adtempusclient
        advant-lm
        adws
        aed-512
        aegate
        aequus
        aequus-alt
        aero
        aeroflight-ads
        aeroflight-ret
        aes-discovery
        aes-x170
        aesop
        af
        afesc-mc
        affiliate
        afore-vdp-disc
        afpovertcp
        afrog
        afs
        afs3-bos
        afs3-callback
        afs3-errors
        afs3-fileserver
        afs3-kaserver
        afs3-prserver
        afs3-rmtsys
        afs3-update
        afs3-vlserver
        afs3-volser
        aftmux
        ag-swim
        agcat
        agentsease-db
        agentview
        agentx
        agma
        agpolicy
        agps-port
        agri-gateway
        agriserver
        agslb
        ah-esp-encap
        ahsp
        aiagent
        aibkup
        aic-np
        aic-oncrpc
        aicc-cmi
        aigairserver
        ailith
        aimpp-hello
        aimpp-port-req
        aipn-auth
        aipn-reg
        aironetddp
        airs
        airshot
        airsync
        ais-met
        aises
        aja-ntv4-disc
        aker-cdp
        alaris-disc
        alarm
        alarm-clock-c
        alarm-clock-s
        alchemy
        alesquery
        alfin
        alias
        alljoyn
        alljoyn-mcm
        alljoyn-stm
        allpeers
        allstorcns
        almobile-system
        alpes
        alpha-sms
        alphatech-lm
        alta-ana-lm
        altalink
        altav-remmgt
        altav-tunnel
        altbsdp
        altcp
        altova-lm
        altova-lm-disc
        altovacentral
        altserviceboot
        amahi-anywhere
        amanda
        amberon
        ambit-lm
        amc
        amcs
        amdsched
        ami-control
        amicon-fpsu-ra
        amicon-fpsu-s
        amiganetfs
        aminet
        amp
        ampify
        ampl-lic
        ampl-tableproxy
        ampr-info
        ampr-inter
        ampr-rcmd
        amqp
        amqps
        ams
        amt
        amt-blc-port
        amt-cnf-prot
        amt-esd-prot
        amt-redir-tcp
        amt-redir-tls
        amt-soap-http
        amt-soap-https
        amx-axbnet
        amx-icsp
        amx-rms
        amx-webadmin
        amx-weblinx
        an-pcp
        an-signaling
        and-lm
        anet
        anet-b
        anet-h
        anet-l
        anet-m
        anoto-rendezv
        ans-console
        ansanotify
        ansatrader
        ansoft-lm-1
        ansoft-lm-2
        answersoft-lm
        ansys-lm
        ansysli
        ansyslmd
        anthony-data
        antidotemgrsvr
        aoc-acars
        aocp
        aodv
        aol
        aol-1
        aol-2
        aol-3
        ap
        apani1
        apani2
        apani3
        apani4
        apani5
        apc-2160
        apc-2161
        apc-2260
        apc-3052
        apc-3506
        apc-5454
        apc-5455
        apc-5456
        apc-6547
        apc-6548
        apc-6549
        apc-7845
        apc-7846
        apc-9950
        apc-9951
        apc-9952
        apc-necmp
        apcupsd
        apdap
        apertus-ldp
        apex-edge
        apex-mesh
        aplx
        apm-link
        apocd
        apogeex-port
        apollo-admin
        apollo-cc
        apollo-data
        apollo-gms
        apollo-relay
        apollo-status
        apparenet-as
        apparenet-tps
        apparenet-ts
        apparenet-ui
        appiq-mgmt
        apple-licman
        apple-sasl
        apple-vpns-rp
        appleqtc
        appleqtcsrvr
        appleugcontrol
        appliance-cfg
        applix
        applus
        applusservice
        appman-server
        appserv-http
        appserv-https
        appss-lm
        appswitch-emp
        appworxsrv
        apri-lm
        aprigo-cs
        apsolab-col
        apsolab-cols
        apsolab-data
        apsolab-rpc
        apsolab-tag
        apsolab-tags
        apw-registry
        apwi-disc
        apwi-imserver
        apwi-rxserver
        apwi-rxspooler
        apx500api-1
        apx500api-2
        arbortext-lm
        arca-api
        arcisdms
        arcp
        arcpd
        ardt
        ardus-cntl
        ardus-mtrns
        ardus-trns
        ardusmul
        ardusuni
        areaguard-neo
        arena-server
        arepa-cas
        arepa-raft
        argis-ds
        argis-te
        aria
        ariascribe
        ariel1
        ariel2
        ariel3
        aries-kfinder
        ariliamulti
        aritts
        arkivio
        armadp
        armagetronad
        armcenterhttp
        armcenterhttps
        armi-server
        armtechdaemon
        arns
        array-manager
        ars-master
        ars-vista
        artifact-msg
        aruba-papi
        aruba-server
        as-debug
        as-servermap
        asa
        asa-gateways
        asam
        asap-tcp
        asap-tcp-tls
        asap-udp
        asc-slmd
        asci-val
        ascomalarm
        asctrl-agent
        asdis
        asf-rmcp
        asf-secure-rmcp
        asgcypresstcps
        asgenf
        asi
        asia
        asihpi
        asip-webadmin
        asipregistry
        asmgcs
        asmp
        asmp-mon
        asmps
        asnaacceler8db
        asoki-sma
        aspcoordination
        aspeclmd
        aspen-services
        aspentec-lm
        asprovatalk
        asr
        assoc-disc
        assuria-ins
        assuria-slm
        assyst-dr
        astergate
        astergate-disc
        astergatefax
        asterix
        astrolink
        astronova-main
        at-3
        at-5
        at-7
        at-8
        at-echo
        at-nbp
        at-rtmp
        at-zis
        atc-appserver
        atc-lm
        atex-elmd
        athand-mmp
        ati-ip-to-ncpe
        atlinks
        atm-uhas
        atm-zip-office
        atmp
        atmtcp
        ats
        ats-acars
        ats-atn
        atsc-mh-ssc
        att-mt-sms
        attachmate-g32
        attachmate-s2s
        attachmate-uts
        attune
        atul
        audio-activmail
        audiojuggler
        audit
        audit-transfer
        auditd
        aura
        auriga-router
        auris
        aurora
        aurora-balaena
        aurora-cmgr
        aurp
        auth
        authentx
        autobuild
        autocueds
        autocuelog
        autocuesmi
        autocuetime
        autodesk-lm
        autodesk-nlm
        autonoc
        autopac
        autopassdaemon
        autotrac-acp
        av-emb-config
        availant-mgr
        avantageb2b
        avanti-cdp
        avauthsrvprtcl
        avdecc
        avenue
        avenyo
        avesterra
        avi-nms
        avi-nms-disc
        avian
        avinstalldisc
        aviva-sna
        avocent-adsap
        avocent-proxy
        avsecuremgmt
        avt-profile-1
        avt-profile-2
        avtp
        awacs-ice
        awg-proxy
        aws-as2
        aws-brf
        aws-wsp
        axio-disc
        axis-wimp-port
        axon-lm
        axon-tunnel
        axysbridge
        ayiya
        azeti
        azeti-bd
        aztec
        b-novative-ls
        b2-license
        b2-runtime
        b2n
        babel
        babel-dtls
        backburner
        backroomnet
        backup-express
        backupedge
        bacnet
        bacula-dir
        bacula-fd
        bacula-sd
        badm-priv
        badm-pub
        bandwiz-system
        banyan-net
        banyan-rpc
        banyan-vip
        barracuda-bbs
        base
        batman
        bb
        bbars
        bbn-mmc
        bbn-mmx
        bccp
        bcinameservice
        bcs
        bcs-broker
        bcs-lmserver
        bcslogc
        bctp
        bctp-server
        bdir-priv
        bdir-pub
        bdp
        beacon-port
        beacon-port-2
        bears-01
        bears-02
        beeyond
        beeyond-media
        beorl
        berknet
        beserver-msg-q
        bess
        bex-webadmin
        bex-xr
        beyond-remote
        bf-game
        bf-master
        bfd-control
        bfd-echo
        bfd-lag
        bfd-multi-ctl
        bflckmgr
        bftp
        bgmp
        bgp
        bgs-nsi
        bh611
        bhevent
        bhfhs
        bhmds
        biap-mp
        bid-serv
        bif-p2p
        biimenu
        bilobit
        bilobit-update
        bim-pem
        binderysupport
        bingbang
        binkp
        bintec-admin
        bintec-capi
        bintec-tapi
        biolink-auth
        bioserver
        biotic
        bip
        bis-sync
        bis-web
        bitforestsrv
        bitspeer
        bl-idm
        blackboard
        blackjack
        blaze
        blizwow
        blockade
        blockade-bpsp
        blocks
        blp1
        blp2
        blp3
        blp4
        blp5
        blueberry-lm
        bluectrlproxy
        bluelance
        blwnkl-port
        bmap
        bmc-ar
        bmc-ctd-ldap
        bmc-data-coll
        bmc-ea
        bmc-gms
        bmc-grx
        bmc-jmx-port
        bmc-messaging
        bmc-net-adm
        bmc-net-svc
        bmc-onekey
        bmc-patroldb
        bmc-perf-agent
        bmc-perf-mgrd
        bmc-perf-sd
        bmc-reporting
        bmcpatrolagent
        bmcpatrolrnvu
        bmdss
        bmpp
        bnet
        bnetfile
        bnetgame
        bngsync
        bnt-manager
        board-roar
        board-voip
        boinc-client
        boks
        boks-clntd
        boks-servc
        boks-servm
        boldsoft-lm
        bolt
        bones
        boomerang
        boosterware
        bootclient
        bootpc
        bootps
        bootserver
        borland-dsj
        boscap
        bosswave
        bounzza
        boxbackupstore
        boxp
        bpcd
        bpcp-poll
        bpcp-trap
        bpdbm
        bpjava-msvc
        bpmd
        bprd
        br-channel
        brain
        brcd
        brcd-vr-req
        brcm-comm-port
        brdptc
        bre
        brf-gw
        bridgecontrol
        brightcore
        brlp-0
        brlp-1
        brlp-2
        brlp-3
        broker-service
        brp
        bruce
        brutus
        brvread
        bsfserver-zn
        bsfsvr-zn-ssl
        bspne-pcc
        bsquare-voip
        btpp2audctr1
        btpp2sectrans
        btprjctrl
        btrieve
        bts-appserver
        bts-x73
        buddy-draw
        bues-service
        bullant-rap
        bullant-srap
        burp
        busboy
        buschtrommel
        business
        busycal
        bv-agent
        bv-ds
        bv-is
        bv-queryengine
        bv-smcsrv
        bvcdaemon-port
        bvcontrol
        bveapi
        bvtsonar
        bxp
        bytex
        bzflag
        bzr
        c-h-it-port
        c1222-acse
        c3
        ca-1
        ca-2
        ca-audit-da
        ca-audit-ds
        ca-idms
        ca-web-update
        caaclang2
        caacws
        cab-protocol
        cableport-ax
        cabsm-comm
        caci-lm
        cacsambroker
        cadabra-lm
        cadencecontrol
        cadis-1
        cadis-2
        cadkey-licman
        cadkey-tablet
        cadlock
        cadlock2
        cadsi-lm
        cadsisvr
        cadview-3d
        caerpc
        caevms
        caicci
        caiccipc
        caids-sensor
        caistoragemgr
        cajo-discovery
        cal
        caldsoft-backup
        call-logging
        call-sig-trans
        caller9
        calltrax
        callwaveiam
        camac
        cambertx-lm
        camp
        can-dch
        can-ferret
        can-ferret-ssl
        can-nds
        can-nds-ssl
        canditv
        candp
        candrp
        canex-watch
        canit-store
        canocentral0
        canocentral1
        canon-bjnp1
        canon-bjnp2
        canon-bjnp3
        canon-bjnp4
        canon-capt
        canon-cpp-disc
        canon-mfnp
        canto-roboflow
        cap
        capfast-lmd
        capioverlan
        capmux
        caps-lm
        capwap-control
        capwap-data
        carb-repl-ctrl
        cardax
        cardbox
        cardbox-http
        cardifftec-back
        carrius-rshell
        cart-o-rama
        cartographerxmp
        cas
        cas-mapi
        casanswmgmt
        casp
        caspssl
        casrmagent
        castorproxy
        catalyst
        catchpole
        caupc-remote
        cautcpd
        cawas
        cba8
        cbos-ip-port
        cbp
        cbserver
        cbt
        cbus
        cc-tracking
        ccag-pib
        ccm-port
        ccmad
        ccmail
        ccmcomm
        ccmrmi
        ccnx
        ccowcmr
        ccp
        ccs-software
        ccss-qmm
        ccss-qsm
        cctv-port
        ccu-comm-1
        ccu-comm-2
        ccu-comm-3
        cd3o-protocol
        cdbroker
        cdc
        cddbp-alt
        cdfunc
        cdid
        cdl-server
        cdn
        cds
        cecsvc
        cedros-fds
        cefd-vmp
        celatalk
        centerline
        centra
        ceph
        cequint-cityid
        cera-bcm
        cernsysmgmtagt
        cert-initiator
        cert-responder
        cesdcdman
        cesdcdtrn
        cesdinv
        cfdptkt
        cfengine
        cfg-cloud
        cfs
        cft-0
        cft-1
        cft-2
        cft-3
        cft-4
        cft-5
        cft-6
        cft-7
        cfw
        cgi-starapi
        cgms
        cgn-config
        cgn-stat
        chargen
        charsetmgr
        checkmk-agent
        checkoutdb
        checkpoint-rtm
        checksum
        chevinservices
        childkey-ctrl
        childkey-notif
        chimera-hwm
        chip-lm
        chipper
        chmd
        choiceview-agt
        choiceview-clt
        chromagrafx
        chshell
        cichild-lm
        cichlid
        cifs
        cim-rs
        cimple
        cimplex
        cimtrak
        cindycollab
        cinegrfx-elmd
        cinegrfx-lm
        ciphire-data
        ciphire-serv
        circle-x
        cirrossp
        cis
        cis-secure
        cisco-aqos
        cisco-avp
        cisco-cloudsec
        cisco-fna
        cisco-ipsla
        cisco-net-mgmt
        cisco-redu
        cisco-sccp
        cisco-snat
        cisco-sys
        cisco-tdp
        cisco-tna
        cisco-vpath-tun
        cisco-wafs
        ciscocsdb
        citadel
        citrix-rtmp
        citrixadmin
        citrixima
        citriximaclient
        citrixupp
        citrixuppg
        citynl
        cl-1
        cl-db-attach
        cl-db-remote
        cl-db-request
        clariion-evr01
        classic
        cleanerliverc
        clearcase
        clearvisn
        clever-ctrace
        clever-tcpip
        cleverdetect
        client-ctrl
        client-wakeup
        cloanto-lm
        cloanto-net-1
        close-combat
        cloudcheck
        cloudcheck-ping
        cloudsignaling
        clp
        cluster-disc
        clusterxl
        clutild
        clvm-cfg
        cma
        cmadmin
        cmc-port
        cmip-agent
        cmip-man
        cmmdriver
        cmtp-av
        cmtp-mgt
        cnap
        cnckadserver
        cncp
        cnhrp
        cnrp
        cnrprotocol
        cns-srv-port
        coap
        coaps
        coauthor
        cockroach
        codaauth2
        codasrv
        codasrv-se
        codemeter
        codemeter-cmwan
        codima-rtp
        cogitate
        cognex-dataman
        cognex-insight
        cognima
        cogsys-lm
        coherence
        coherence-disc
        cohesity-agent
        collaber
        collaborator
        colubris
        com-bardac-dw
        combox-web-acc
        comcam
        comcam-io
        commandport
        commerce
        commlinx-avl
        commonspace
        commplex-link
        commplex-main
        commtact-http
        commtact-https
        comotionback
        comotionmaster
        compaq-evm
        compaq-https
        compaq-scp
        compaq-wcp
        composit-server
        compressnet
        compx-lockview
        comsat
        comscm
        con
        conclave-cpp
        concomp1
        concurrent-lm
        condor
        conductor
        conf
        conference
        conferencetalk
        config-port
        confluent
        connect
        connect-client
        connect-server
        connected
        connection
        connendp
        connlcli
        conspiracy
        consul-insight
        contamac-icm
        contclientms
        contentserver
        continuus
        controlone-con
        converge
        coord-svr
        cops
        cops-tls
        copy
        copy-disc
        copycat
        cora
        cora-disc
        corba-iiop
        corba-iiop-ssl
        corbaloc
        core-of-source
        corel-vncadmin
        corelccam
        corelvideo
        corerjd
        cosmocall
        couchdb
        courier
        covia
        cp-cluster
        cp-spxdpy
        cp-spxrpts
        cp-spxsvr
        cpdi-pidas-cm
        cplscrambler-al
        cplscrambler-in
        cplscrambler-lg
        cppdp
        cpq-tasksmart
        cpq-wbem
        cpqrpm-agent
        cpqrpm-server
        cps
        cpscomm
        cpsp
        cpudpencap
        cqg-netlan
        cqg-netlan-1
        cr-websystems
        creativepartnr
        creativeserver
        cresco-control
        crescoctrl-disc
        crestron-cip
        crestron-cips
        crestron-ctp
        crestron-ctps
        crinis-hb
        crip
        crmsbits
        crs
        crtech-nlm
        cruise-config
        cruise-diags
        cruise-enum
        cruise-swroute
        cruise-update
        crusecontrol
        cryptoadmin
        cs-auth-svr
        cs-live
        cs-remote-db
        cs-services
        csbphonemaster
        csc-proxy
        csccfirewall
        csccredir
        cscp
        csd-monitor
        csdm
        csdmbase
        csedaemon
        csi-lfap
        csi-sgwp
        cslg
        cslistener
        csms
        csms2
        csnotify
        cso
        csoauth
        csoft-plusclnt
        csoft-prev
        csoft1
        csoftragent
        cspclmulti
        cspmlockmgr
        cspmulti
        cspuni
        csregagent
        csrpc
        cssc
        cssp
        cst-port
        csvr
        csvr-proxy
        csvr-sslproxy
        ct2nmcs
        ctcd
        ctdb
        ctdhercules
        ctdp
        ctechlicensing
        ctf
        cti-redwood
        ctiprogramload
        ctisystemmsg
        ctlptc
        ctp
        ctp-state
        ctsd
        ctt-broker
        ctx-bridge
        ctxlic
        ctxs-vpp
        cuelink
        cuelink-disc
        cuillamartin
        cumulus
        cumulus-admin
        curiosity
        cuseeme
        custix
        cvc
        cvc-hostd
        cvd
        cvmmon
        cvmon
        cvspserver
        cvsup
        cwmp
        cxws
        cyaserv
        cybercash
        cyborg-systems
        cyborgnet
        cybro-a-bus
        cyc
        cycleserv
        cycleserv2
        cylink-c
        cymtec-port
        cypress
        cypress-stat
        cytel-lm
        d-cinema-csp
        d-cinema-rrp
        d-data
        d-data-control
        d-fence
        d-s-n
        d-star
        d2000kernel
        d2000webserver
        d2dconfig
        d2ddatatrans
        d2k-datamover1
        d2k-datamover2
        d2k-tapestry1
        d2k-tapestry2
        d3winosfi
        daap
        dab-sti-c
        dai-shell
        daishi
        dali
        damewaremobgtwy
        dandv-tester
        danf-ak2
        daqstream
        darcorp-lm
        dashpas-port
        dasp
        data-insurance
        data-port
        datacaptor
        datalens
        dataprotector
        datascaler-ctl
        datascaler-db
        datasurfsrv
        datasurfsrvsec
        datex-asn
        datusorb
        davsrc
        davsrcs
        dawn
        dayliteserver
        daylitetouch
        daytime
        db-lsp
        db-lsp-disc
        db2c-tls
        dbabble
        dbase
        dbbrowse
        dbcontrol-agent
        dbcontrol-oms
        dbdb
        dberegister
        dbisamserver1
        dbisamserver2
        dbm
        dbref
        dbreporter
        dbstar
        dbsyncarbiter
        dc
        dca
        dcap
        dccm
        dccp-udp
        dcp
        dcs
        dcs-config
        dcsl-backup
        dcsoftware
        dctp
        dcutility
        dddp
        ddgn
        ddi-tcp-1
        ddi-tcp-2
        ddi-tcp-3
        ddi-tcp-4
        ddi-tcp-5
        ddi-tcp-6
        ddi-tcp-7
        ddi-udp-1
        ddi-udp-2
        ddi-udp-3
        ddi-udp-4
        ddi-udp-5
        ddi-udp-6
        ddi-udp-7
        ddm-dfm
        ddm-rdb
        ddm-ssl
        ddns-v3
        ddrepl
        ddt
        de-cache-query
        de-noc
        de-server
        de-spot
        dec-dlm
        dec-mbadmin
        dec-mbadmin-h
        dec-notes
        decap
        decauth
        decbsrv
        decladebug
        dectalk
        decvms-sysmgt
        dei-icda
        delibo
        dell-eql-asm
        dell-rm-port
        dellpwrappks
        dellwebadmin-1
        dellwebadmin-2
        delos-dms
        delta-mcp
        denali-server
        deos
        deploymentmap
        derby-repli
        descent3
        deskshare
        desktop-dna
        deskview
        devbasic
        device
        device2
        devshr-nts
        dey-keyneg
        dey-sapi
        dfn
        dfoxserver
        dfserver
        dgi-serv
        dgpf-exchg
        dhanalakshmi
        dhcp-failover
        dhcp-failover2
        dhcpv6-client
        dhcpv6-server
        dhct-alerts
        dhct-status
        dhe
        di-ase
        di-drm
        di-msg
        di-traceware
        diagmond
        diagnose-proc
        dialog-port
        dialogic-elmd
        dialpad-voice1
        dialpad-voice2
        diameter
        diameters
        diamondport
        dic-aida
        dicom
        dicom-iscl
        dicom-tls
        dict
        dict-lookup
        dif-port
        digilent-adept
        digiman
        digital-notary
        digital-vrc
        digivote
        direcpc-dll
        direcpc-si
        direcpc-video
        direct
        directnet
        directplay
        directplay8
        directplaysrvr
        directv-catlg
        directv-soft
        directv-tick
        directv-web
        directvdata
        dirgis
        discard
        disclose
        discovery-port
        discp-client
        discp-server
        display
        dist-upgrade
        distcc
        distinct
        distinct32
        dixie
        dj-ice
        dj-ilm
        dka
        dkmessenger
        dl-agent
        dlep
        dlip
        dlms-cosem
        dlpx-sp
        dls
        dls-mon
        dls-monitor
        dlsrap
        dlsrpn
        dlswpn
        dmaf-caster
        dmaf-server
        dmdocbroker
        dmidi
        dmod-workspace
        dmp
        dmt
        dn6-nlm-aud
        dn6-smm-red
        dna
        dna-cml
        dnap
        dnc-port
        dnox
        dnp
        dnp-sec
        dns-llq
        dns2go
        dnsix
        dnx
        doc-server
        doc1lm
        docent
        doceri-ctl
        doceri-view
        docker
        docker-s
        docstor
        documentum
        documentum-s
        dof-dps-mc-sec
        dof-eps
        dof-tunnel
        dof-tunnel-sec
        doglms
        doglms-notify
        doip-data
        doip-disc
        domain
        domain-s
        domaintime
        domiq
        donnyworld
        dossier
        dots-signal
        down
        downtools
        downtools-disc
        dp-bura
        dpap
        dpcp
        dpi-proxy
        dpkeyserv
        dpm
        dpm-acm
        dpm-agent
        dpp
        dproxy
        dpserve
        dpserveadmin
        dpsi
        dragonfly
        drip
        driveappserver
        drizzle
        drm-production
        drmsfsd
        drmsmc
        drp
        drwcs
        ds-admin
        ds-clnt
        ds-mail
        ds-slp
        ds-srv
        ds-srvr
        ds-user
        dsETOS
        dsatp
        dsc
        dsd
        dsdn
        dserver
        dsf
        dsfgw
        dslremote-mgmt
        dsm-scm-target
        dsmcc-ccp
        dsmcc-config
        dsmcc-download
        dsmcc-passthru
        dsmcc-session
        dsmeter-iatc
        dsmipv6
        dsom-server
        dsp
        dsp3270
        dssiapi
        dsx-agent
        dsx-monitor
        dt-mgmtsvc
        dt-vra
        dta-systems
        dtag-ste-sb
        dtk
        dtn-bundle
        dtn1
        dtp
        dtp-dia
        dtp-net
        dtpt
        dts
        dtserver-port
        dtspcd
        dtv-chan-req
        dvapps
        dvbservdsc
        dvcprov-port
        dvl-activemail
        dvr-esm
        dvt-data
        dvt-system
        dwf
        dwmsgserver
        dwnmshttp
        dwr
        dx-instrument
        dxadmind
        dxmessagebase1
        dxmessagebase2
        dxspider
        dyn-site
        dyna-access
        dyna-lm
        dynamic3d
        dynamid
        dyniplookup
        dzdaemon
        dzoglserver
        e-builder
        e-design-net
        e-design-web
        e-dpnet
        e-mdu
        e-net
        e-woa
        ea
        ea1
        eapol-relay
        eapsp
        easl
        easy-soft-mux
        easyengine
        eba
        ebinsite
        echo
        echonet
        ecmp
        ecmp-data
        ecmport
        ecnp
        ecolor-imager
        ecomm
        ecovisiong6-1
        ecp
        ecsqdmn
        ecwcfg
        edb-server1
        edb-server2
        edbsrvr
        edi_service
        editbench
        edix
        edm-adm-notify
        edm-manager
        edm-mgr-cntrl
        edm-mgr-sync
        edm-stager
        edm-std-notify
        edtools
        eenet
        efb-aci
        efcp
        efi-lm
        efi-mg
        efidiningport
        eforward
        efr
        efs
        eftp
        egptlm
        egs
        ehome-ms
        ehp-backup
        ehs
        ehs-ssl
        ehtp
        eicon-server
        eicon-slp
        eicon-x25
        eims-admin
        eis
        eisp
        eisport
        elad
        elan
        elanlm
        elatelink
        elcn
        elcsd
        eldim
        elektron-admin
        elfiq-repl
        eli
        elipse-rec
        ellpack
        elm-momentum
        elpro-tunnel
        els
        elvin-client
        elvin-server
        elxmgmt
        em7-secom
        ema-sent-lm
        emb-proj-cmd
        embl-ndt
        embrace-dp-c
        embrace-dp-s
        emc-gateway
        emc-pp-mgmtsvc
        emc-vcas-tcp
        emc-vcas-udp
        emc-xsw-dcache
        emc-xsw-dconfig
        emcads
        emce
        emcrmirccd
        emcrmird
        emcsymapiport
        emfis-cntl
        emfis-data
        emgmsg
        emp-server1
        emp-server2
        emperion
        empire-empuma
        empowerid
        emprise-lls
        emprise-lsc
        ems
        emsd-port
        emwavemsg
        emwin
        encore
        encrypted-admin
        encrypted-llrp
        enfs
        enguity-xccetp
        enl
        enl-name
        enlabel-dpl
        enpc
        enpp
        enrp
        ent-engine
        entexthigh
        entextlow
        entextmed
        entextnetwk
        entextxid
        entomb
        entp
        entrust-aaas
        entrust-aams
        entrust-ash
        entrust-kmsh
        entrust-sps
        entrusttime
        eor-game
        eoss
        ep-nsp
        ep-pcp
        epc
        epicon
        epl-slp
        epmap
        epmd
        epncdp2
        epnsdp
        eportcomm
        eportcommdata
        epp
        eppc
        ept-machine
        eq-office-4940
        eq-office-4941
        eq-office-4942
        eq3-config
        eq3-update
        equationbuilder
        ergolight
        eristwoguns
        erp-scale
        erpc
        erunbook-agent
        erunbook-server
        es-elmd
        esbroker
        escp-ip
        escvpnet
        eserver-pap
        esimport
        esinstall
        esip
        esl-lm
        esmagent
        esmmanager
        esnm-zoning
        esp-encap
        esp-lm
        espeasy-p2p
        espeech
        espeech-rtp
        esps-portal
        esri-sde
        esro-emsdp
        esro-gen
        essbase
        essp
        essweb-gw
        estamp
        etb4j
        etc-control
        etcd-client
        etcd-server
        etebac5
        etftp
        ethercat
        ethernet-ip-s
        ethoscan
        etlservicemgr
        etp
        ets
        eudora-set
        ev-services
        evb-elm
        event-listener
        event-port
        everydayrc
        evm
        evtp
        evtp-data
        ew-disc-cmd
        ew-mgmt
        ewall
        ewcappsrv
        ewctsp
        ewdgs
        ewinstaller
        ewnn
        exapt-lmgr
        exasoftport1
        exbit-escp
        exce
        excerpt
        excerpts
        excw
        exec
        exlm-agent
        exoconfig
        exoline-tcp
        exoline-udp
        exonet
        exp1
        exp2
        expresspay
        extensis
        eye2eye
        eyelink
        eyetv
        ezmeeting
        ezmeeting-2
        ezmessagesrv
        ezproxy
        ezproxy-2
        ezrelay
        f5-globalsite
        f5-iquery
        fac-restore
        facelink
        facilityview
        facsys-ntp
        facsys-router
        fagordnc
        faircom-db
        fairview
        famdc
        farenet
        fast-rem-serv
        fastlynx
        fatpipe
        fatserv
        faxcomservice
        faximum
        faxportwinport
        faxstfx-port
        fazzt-admin
        fazzt-ptp
        fc-cli
        fc-faultnotify
        fc-ser
        fcip-port
        fcis
        fcis-disc
        fcmsys
        fcopy-server
        fcopys-server
        fcp
        fcp-addr-srvr1
        fcp-addr-srvr2
        fcp-cics-gw1
        fcp-srvr-inst1
        fcp-srvr-inst2
        fcp-udp
        fdt-rcatp
        fdtracks
        febooti-aw
        feitianrockey
        femis
        ferrari-foam
        ff-annunc
        ff-fms
        ff-ice
        ff-lr-port
        ff-sm
        ffserver
        fg-fps
        fg-gip
        fg-sysupdate
        fhc
        fhsp
        fibotrader-com
        filecast
        filemq
        filenet-cm
        filenet-nch
        filenet-obrok
        filenet-pa
        filenet-pch
        filenet-peior
        filenet-powsrm
        filenet-re
        filenet-rmi
        filenet-rpc
        filenet-tms
        filesphere
        filex-lport
        find
        findviatv
        finger
        finisar
        finle-lm
        fintrx
        fio-cmgmt
        fiorano-msgsvc
        fiorano-rtrsvc
        firefox
        firemonrcc
        firepower
        first-defense
        firstcall42
        fisa-svc
        fiveacross
        fj-hdnet
        fjappmgrbulk
        fjcp
        fjdmimgr
        fjdocdist
        fjhpjp
        fjicl-tep-a
        fjicl-tep-b
        fjicl-tep-c
        fjinvmgr
        fjippol-cnsl
        fjippol-polsvr
        fjippol-port1
        fjippol-port2
        fjippol-swrly
        fjitsuappmgr
        fjmpcm
        fjmpjps
        fjmpss
        fjsv-gssagt
        fjsvmpor
        fjswapsnp
        fksp-audit
        flamenco-proxy
        flashfiler
        flashmsg
        flcrs
        flex-lmadmin
        flexlm
        flirtmitmir
        fln-spx
        florence
        flr-agent
        flukeserver
        fly
        fmp
        fmpro-fdal
        fmpro-internal
        fmpro-v6
        fmsas
        fmsascon
        fmtp
        fmwp
        fnet-remote-ui
        fodms
        foliocorp
        font-service
        foresyte-clear
        foresyte-sec
        fortisphere-vm
        fotogcad
        found
        fox-skytale
        fpitp
        fpo-fns
        fprams
        frc-hicp
        frc-hicp-disc
        frcs
        freeciv
        freezexservice
        fronet
        fryeserv
        fs-agent
        fs-mgmt
        fs-qos
        fs-rh-srv
        fs-server
        fsc-port
        fse
        fsportmap
        fsr
        ft-role
        ftnmtp
        ftp
        ftp-agent
        ftp-data
        ftps
        ftps-data
        ftranhc
        ftrapid-1
        ftrapid-2
        ftsrv
        ftsync
        fujitsu-dev
        fujitsu-dtc
        fujitsu-dtcns
        fujitsu-mmpdc
        fujitsu-neat
        funk-dialout
        funk-license
        funk-logger
        funkproxy
        fuscript
        futrix
        fxaengine-net
        fxp
        fxuptp
        fyre-messanger
        g-talk
        g2tag
        g5m
        gacp
        gadgetgate1way
        gadgetgate2way
        gadugadu
        gaia
        galaxy-network
        galaxy-server
        galaxy4d
        galaxy7-data
        galileo
        galileolog
        gamegen1
        gamelobby
        gamesmith-port
        gammafetchsvr
        gandalf-lm
        gap
        garcon
        garmin-marine
        gat-lmd
        gbjd816
        gbmt-stars
        gbs-smp
        gbs-stp
        gc-config
        gcm-app
        gcmonitor
        gcp-rphy
        gcsp
        gdbremote
        gdoi
        gdomap
        gdp-port
        gdrive-sync
        gds-adppiw-db
        gds-db
        gearman
        gemini-lm
        geneous
        generalsync
        geneve
        genie
        genie-lm
        genisar-port
        geniuslm
        genrad-mux
        genstat
        geognosis
        geognosisadmin
        geognosisman
        geolocate
        gerhcs
        getty-focus
        gf
        ggf-ncp
        ggz
        ghvpn
        giga-pocket
        gilatskysurfer
        ginad
        giop
        giop-ssl
        gist
        git
        glbp
        gld
        glishd
        global-cd-port
        global-dtserv
        global-wlink
        globe
        globecast-id
        globmsgsvc
        glogger
        glrpc
        gmrupdateserv
        gnmi-gnoi
        gntp
        gnunet
        gnutella-rtr
        gnutella-svc
        go-login
        goahead-fldup
        gog-multiplayer
        goldleaf-licman
        golem
        gopher
        gotodevice
        gpfs
        gppitnp
        gprs-cube
        gprs-data
        gprs-sig
        gpsd
        gradecam
        graphics
        grasp
        grcmp
        grcp
        gre-in-udp
        gre-udp-dtls
        grf-port
        gribi
        grid
        grid-alt
        gridgen-elmd
        griffin
        gris
        groove
        groove-dpp
        groupwise
        grubd
        gruber-cashreg
        gs-realtime
        gsakmp
        gsi
        gsidcap
        gsiftp
        gsigatekeeper
        gsmp-ancp
        gsms
        gsmtap
        gss-http
        gss-xlicen
        gt-proxy
        gtaua
        gte-samp
        gtegsc-lm
        gtp-control
        gtp-user
        gtrack-ne
        gtrack-server
        gue
        guibase
        guttersnex
        gv-pf
        gv-us
        gvcp
        gw
        gw-asv
        gw-call-port
        gw-log
        gwen-sonya
        gwha
        gxs-data-port
        gxtelmd
        h2250-annex-g
        h248-binary
        h263-video
        h2gf-w-2m
        h323callsigalt
        h323gatedisc
        h323gatestat
        h323hostcall
        h323hostcallsc
        ha-cluster
        hacl-cfg
        hacl-gs
        hacl-hb
        hacl-local
        hacl-monitor
        hacl-poll
        hacl-probe
        hacl-qs
        hacl-test
        hagel-dump
        haipe-discover
        haipe-otnk
        hao
        hap
        harp
        hart-ip
        hassle
        hawk
        hb-engine
        hbci
        hcp-wismar
        hctl
        hdap
        hde-lcesrvr-1
        hde-lcesrvr-2
        hdl-srv
        health-polling
        health-trap
        healthd
        heartbeat
        heathview
        hecmtl-db
        heliosd
        helix
        hello
        hello-port
        hems
        here-lm
        hermes
        herodotus-net
        hes-clip
        hexarc
        hexxorecore
        heythings
        hfcs
        hfcs-manager
        hhb-gateway
        hhb-handheld
        hicp
        hid
        high-criteria
        hillrserv
        hinp
        hip-nat-t
        hiperscan-id
        hippad
        hiq
        hislip
        hivep
        hivestor
        hkp
        hks-lm
        hl7
        hlibmgr
        hlserver
        hmip-routing
        hmmp-ind
        hmmp-op
        hncp-dtls-port
        hncp-udp-port
        hnm
        hnmp
        homeportal-web
        homesteadglory
        honyaku
        hostname
        hotu-chat
        houdini-lm
        houston
        hp-3000-telnet
        hp-alarm-mgr
        hp-clic
        hp-collector
        hp-device-disc
        hp-hcip
        hp-hcip-gwy
        hp-managed-node
        hp-nnm-data
        hp-pdl-datastr
        hp-pxpib
        hp-san-mgmt
        hp-sca
        hp-sci
        hp-sco
        hp-server
        hp-sessmon
        hp-status
        hp-webadmin
        hp-webqosdb
        hpbladems
        hpdevms
        hpidsadmin
        hpidsagent
        hpiod
        hpocbus
        hpoms-ci-lstn
        hpoms-dps-lstn
        hpppssvr
        hppronetman
        hpss-ndapi
        hpssd
        hpssmgmt
        hpstgmgr
        hpstgmgr2
        hpvirtctrl
        hpvirtgrp
        hpvmmagent
        hpvmmcontrol
        hpvmmdata
        hpvroom
        hrd-ncs
        hrd-ns-disc
        hri-port
        hrpd-ith-at-an
        hs-port
        hsl-storm
        hsrp
        hsrpv6
        htcp
        htrust
        http
        http-alt
        http-mgmt
        http-rpc-epmap
        http-wmap
        https
        https-wmap
        httpx
        htuilsrv
        hub-open-net
        hughes-ap
        husky
        hybrid
        hybrid-pop
        hydap
        hydra
        hylafax
        hyper-g
        hypercube-lm
        hyperip
        hyperscsi-port
        hyperwave-isp
        i-net-2000-npr
        i-zipqd
        i3-sessionmgr
        iRAPP
        iadt
        iadt-disc
        iadt-tls
        iafdbase
        iafserver
        ianywhere-dbns
        iapp
        ias-admind
        ias-auth
        ias-neighbor
        ias-paging
        ias-reg
        ias-session
        iascontrol
        iascontrol-oms
        iasd
        iatp-highpri
        iatp-normalpri
        iax
        iba-cfg
        iba-cfg-disc
        ibar
        iberiagames
        ibm-abtact
        ibm-app
        ibm-cics
        ibm-db2
        ibm-dial-out
        ibm-diradm
        ibm-diradm-ssl
        ibm-dt-2
        ibm-mgr
        ibm-mqseries
        ibm-mqseries2
        ibm-pps
        ibm-res
        ibm-rsyscon
        ibm-ssd
        ibm-wrless-lan
        ibm3494
        ibp
        ibprotocol
        ibridge-data
        ibridge-mgmt
        ibus
        ica
        icabrowser
        icad-el
        icap
        iccrushmore
        ice-location
        ice-router
        ice-slocation
        ice-srouter
        iceedcp-rx
        iceedcp-tx
        icg-bridge
        icg-iprelay
        icg-swp
        icl-twobase1
        icl-twobase10
        icl-twobase2
        icl-twobase3
        icl-twobase4
        icl-twobase5
        icl-twobase6
        icl-twobase7
        icl-twobase8
        icl-twobase9
        iclcnet-locate
        iclcnet-svinfo
        iclid
        iclpv-dm
        iclpv-nlc
        iclpv-nls
        iclpv-pm
        iclpv-sas
        iclpv-sc
        iclpv-wsm
        icmpd
        icms
        icon-discover
        iconp
        iconstructsrv
        icp
        icpp
        icpps
        icpv2
        ics
        icshostsvc
        icslap
        ida-discover1
        ida-discover2
        idac
        idcp
        ideafarm-door
        ideafarm-panic
        ideesrv
        iden-ralp
        ident
        identify
        idfp
        idig-mux
        idmaps
        idmgratm
        idonix-metanet
        idotdist
        idp
        idp-infotrieve
        idps
        idrs
        idtp
        idware-router
        idxp
        iec-104
        iec-104-sec
        iee-qfx
        ieee-mih
        ieee-mms
        ieee-mms-ssl
        ieee11073-20701
        ies-lm
        ifcp-port
        ife-icorp
        ifor-protocol
        ifsf-hb-port
        ifsp
        igcp
        igi-lm
        igmpv3lite
        igo-incognito
        igrid
        igrs
        ii-admin
        iims
        iiop
        iiw-port
        ild
        ill
        ilss
        imagepump
        imagequery
        imap
        imap3
        imaps
        imdocsvc
        imgames
        imink
        imip
        imip-channels
        immedianet-bcn
        imoguia-port
        impera
        imprs
        imqbrokerd
        imqstomp
        imqstomps
        imqtunnel
        imqtunnels
        imsldoc
        imsp
        imtc-map
        imtc-mcs
        imyx
        inbusiness
        incognitorv
        incp
        index-net
        index-pc-wb
        indi
        indigo-server
        indigo-vbcp
        indigo-vrmi
        indura
        indx-dds
        indy
        inedo
        inetfs
        infi-async
        infiniswitchcl
        influence
        infobright
        infocrypt
        infoexch
        infolibria
        infoman
        infomover
        informatik-lm
        informer
        infoseek
        infotos
        infowave
        ingres-net
        ingreslock
        ininmessaging
        iniserve-port
        initlsmsad
        innosys
        innosys-acl
        inova-ip-disco
        inovaport1
        inovaport2
        inovaport3
        inovaport4
        inovaport5
        inovaport6
        insis
        insitu-conf
        inspect
        inspider
        inst-discovery
        instantia
        instl-bootc
        instl-boots
        int-rcv-cntrl
        intecom-ps1
        intecom-ps2
        intecourier
        integra-sme
        integral
        integrius-stp
        intel-rci
        intel-rci-mp
        intelliadm-disc
        intellistor-lm
        intelsync
        interact
        interactionweb
        interbase
        interhdl-elmd
        interintelli
        intermapper
        interpathpanel
        intersan
        interserver
        intersys-cache
        interwise
        interworld
        intraintra
        intrastar
        intrepid-ssl
        intrinsa
        intu-ec-client
        intu-ec-svcdisc
        intuitive-edge
        intv
        invision
        invision-ag
        invokator
        io-dist-data
        io-dist-group
        ioc-sea-lm
        iona-data
        ionixnetmon
        iop
        ip-blf
        ip-provision
        ip-qsig
        ipass
        ipcd
        ipcd3
        ipcore
        ipcs-command
        ipcserver
        ipdcesgbs
        ipdd
        ipdr-sp
        ipdtp-port
        ipether232port
        ipfix
        ipfixs
        ipfltbcst
        iph-policy-adm
        iph-policy-cli
        ipluminary
        iposplanet
        ipp
        ipr-dglt
        ipsec-nat-t
        ipsma
        ipt-anri-anri
        ipulse-ics
        ipx
        iqnet-port
        iqobject
        iqrm
        iqserver
        ique
        iracinghelper
        irc
        irc-serv
        ircs-u
        ircu
        irdg-post
        irdmi
        irdmi2
        iris-beep
        iris-lwz
        iris-xpc
        iris-xpcs
        irisa
        ironmail
        ironstorm
        irp
        irtrans
        is99c
        is99s
        isa100-gci
        isakmp
        isbconference1
        isbconference2
        iscape
        ischat
        iscsi
        iscsi-target
        isdc
        isdd
        isg-uda-server
        isi-gl
        isi-irp
        isis
        isis-am
        isis-ambc
        isis-bcast
        islc
        ismaeasdaqlive
        ismaeasdaqtest
        ismc
        ismserver
        isnetserv
        isns
        iso-ill
        iso-ip
        iso-tp0
        iso-tp0s
        iso-tsap
        iso-tsap-c2
        isode-dua
        isoft-p2p
        isoipsigport-1
        isoipsigport-2
        isomair
        ispipes
        ispmmgr
        isrp-port
        iss-mgmt-ssl
        issd
        isysg-lm
        ita-agent
        ita-manager
        itach
        itactionserver1
        itactionserver2
        italk
        itap-ddtp
        itelserverport
        item
        itinternet
        itm-lm
        itm-mccs
        itm-mcell-s
        itm-mcell-u
        ito-e-gui
        itose
        itscomm-ns
        itv-control
        itwo-server
        iua
        ivcollector
        ivecon-port
        ivocalize
        ivs-database
        ivs-insertion
        ivs-video
        ivsd
        iw-mmogame
        iwb-whiteboard
        iwec
        iwg1
        iwlistener
        iwserver
        izm
        j-ac
        j-lan-p
        j-link
        jacobus-lm
        jaleosnd
        jamlink
        jamserverport
        janus-disc
        jargon
        jaugsremotec-1
        jaugsremotec-2
        jaus
        jaxer-manager
        jaxer-web
        jaxflow
        jaxflow-data
        jboss-iiop
        jboss-iiop-ssl
        jbroker
        jcp
        jdatastore
        jdl-dbkitchen
        jdmn-port
        jdp-disc
        jediserver
        jeol-nsddp-1
        jeol-nsddp-2
        jeol-nsddp-3
        jeol-nsddp-4
        jeol-nsdtp-1
        jeol-nsdtp-2
        jeol-nsdtp-3
        jeol-nsdtp-4
        jerand-lm
        jesmsjc
        jetcmeserver
        jetform
        jetformpreview
        jetstream
        jibe-eb
        jini-discovery
        jlicelmd
        jmact3
        jmact5
        jmact6
        jmb-cds1
        jmb-cds2
        jmevt2
        jmq-daemon-1
        jmq-daemon-2
        jms
        joaJewelSuite
        joltid
        jomamqmonitor
        joost
        journee
        jpegmpeg
        jprinter
        jps
        jstel
        jt400
        jt400-ssl
        jtag-server
        jtnetd-server
        jtnetd-status
        juka
        jute
        juxml-port
        jvclient
        jvl-mactalk
        jvserver
        jwalkserver
        jwclient
        jwpc
        jwpc-bin
        jwserver
        k-block
        k-patentssensor
        k3software-cli
        k3software-svr
        ka-kdp
        ka-sddp
        ka0wuc
        kali
        kana
        kar2ouche
        kastenchasepad
        kastenxpipe
        kazaa
        kca-service
        kdm
        kdnet
        kentrox-prot
        kerberos
        kerberos-adm
        kermit
        keyserver
        keyshadow
        keysrvr
        kfserver
        kftp
        kftp-data
        kfxaclicensing
        kingdomsonline
        kingfisher
        kink
        kiosk
        kis
        kitim
        kjtsiteserver
        klio
        klogin
        kme-trap-port
        kmip
        kmscontrol
        knet-cmp
        kofax-svr
        konshus-lm
        konspire2b
        kopek-httphead
        kpasswd
        kpdp
        kpn-icw
        krb524
        krb5gatekeeper
        kryptolan
        kshell
        ksysguard
        ktelnet
        kti-icad-srvr
        ktickets-rest
        kv-agent
        kv-server
        kvm-via-ip
        kwdb-commn
        kwtc
        kyoceranetdev
        kz-migr
        l-acoustics
        l2c-control
        l2c-data
        l2c-disc
        l2f
        l3-exprt
        l3-hawk
        l3-hbmon
        l3-ranger
        l3t-at-an
        l5nas-parchan
        labrat
        laes-bf
        lam
        lan900-remote
        landmarks
        lanmessenger
        lanner-lm
        lanrevagent
        lanrevserver
        lanschool
        lanschool-mpt
        lanserver
        lansource
        lansurveyor
        lansurveyorxml
        lanyon-lantern
        laplink
        launchbird-lm
        lavenir-lm
        lazy-ptop
        lbc-control
        lbc-measure
        lbc-sync
        lbc-watchdog
        lbf
        lbm
        lcm-server
        ldap
        ldap-admin
        ldaps
        ldgateway
        ldoms-mgmt
        ldoms-migr
        ldp
        lds-distrib
        lds-dump
        ldss
        ldxp
        lecroy-vicp
        leecoposserver
        legent-1
        legent-2
        leoip
        lhtp
        libelle
        libelle-disc
        liberty-lm
        licensedaemon
        light
        limnerpressure
        link
        linkname
        linktest
        linktest-s
        linogridengine
        linx
        lionhead
        lipsinc
        lipsinc1
        lisp-control
        lisp-data
        lispworks-orb
        listcrt-port
        listcrt-port-2
        listmgr-port
        livelan
        livestats
        ljk-login
        lkcmserver
        llm-csv
        llm-pass
        llmnr
        llrp
        llsurfup-http
        llsurfup-https
        lm-dta
        lm-instmgr
        lm-mon
        lm-perfworks
        lm-sserver
        lm-webwatcher
        lm-x
        lmcs
        lmdp
        lmp
        lms
        lmsocialserver
        lnvalarm
        lnvconsole
        lnvmailmon
        lnvmaps
        lnvpoller
        lnvstatus
        loadav
        loaprobe
        localinfosrvr
        lockstep
        locus-con
        locus-disc
        locus-map
        lofr-lm
        logcabin
        login
        lonewolf-lm
        lontalk-norm
        lontalk-urgnt
        lonworks
        lonworks2
        loreji-panel
        lorica-in
        lorica-in-sec
        lorica-out
        lorica-out-sec
        lot105-ds-upd
        lotusmtap
        lotusnote
        lpar2rrd
        lpcp
        lpdg
        lpsrecommender
        lrp
        lrs-paging
        ls3
        ls3bcast
        lsa-comm
        lsdp
        lsi-bobcat
        lsi-raid-mgmt
        lsp-ping
        lsp-self-ping
        lstp
        ltctcp
        ltcudp
        ltp
        ltp-deepspace
        lumimgrd
        lupa
        lutap
        lutcp
        lv-auth
        lv-ffx
        lv-frontpanel
        lv-jc
        lv-not
        lv-pici
        lvision-lm
        lxi-evntsvc
        lyskom
        m-wnn
        m2mservices
        m2pa
        m2ua
        m3da
        m3da-disc
        m3ua
        m4-network-as
        mac-srvr-admin
        macbak
        macon-tcp
        macon-udp
        macromedia-fcs
        madcap
        madge-ltd
        magaya-network
        magbind
        magenta-logic
        magiccontrol
        magicnotes
        magicom
        magpie
        mailbox
        mailbox-lm
        mailprox
        mailq
        maincontrol
        mainsoft-lm
        maitrd
        manage-exec
        manet
        manyone-http
        manyone-xml
        mao
        mapper-mapethd
        mapper-nodemgr
        mapper-ws-ethd
        mapx
        marathontp
        marcam-lm
        markem-dcp
        martalk
        masc
        masqdialer
        matahari
        matip-type-a
        matip-type-b
        matrix-fed
        matrix-vnet
        matter
        max
        maxim-asics
        maytagshuffle
        mbap
        mbap-s
        mbg-ctrl
        mbl-battd
        mbus
        mc-appserver
        mc-brk-srv
        mc-client
        mc-comm
        mc-gt-srv
        mc2studios
        mc3ss
        mcagent
        mccwebsvr-port
        mcer-port
        mcftp
        mcidas
        mck-ivpip
        mcns-sec
        mcns-tel-ret
        mcntp
        mcp
        mcp-port
        mcreport
        mcs-calypsoicf
        mcs-fastmail
        mcs-mailsvr
        mcs-messaging
        mctet-gateway
        mctet-jserv
        mctet-master
        mctfeed
        mctp
        md-cg-http
        mdap-port
        mdbs-daemon
        mdc-portmapper
        mdm
        mdns
        mdnsresponder
        mdqs
        mdtp
        mecomm
        med-ci
        med-fsp-rx
        med-fsp-tx
        med-ltp
        med-net-svc
        med-ovw
        med-supp
        medevolve
        media-agent
        mediabox
        mediacntrlnfsd
        mediaspace
        mediat
        mediavault-gui
        medimageportal
        megaco-h248
        megardsvr-port
        megaregsvrport
        memcache
        menandmice-dns
        menandmice-lpm
        menandmice-mon
        menandmice-noh
        menandmice-upg
        mentaclient
        mentaserver
        mercantile
        mercury-disc
        meregister
        mesavistaco
        messageasap
        messageservice
        meta-corp
        meta5
        metaagent
        metaconsole
        metaedit-mu
        metaedit-se
        metaedit-ws
        metagram
        metalbend
        metasage
        metastorm
        metasys
        metatude-mds
        meter
        metricadbc
        metrics-pas
        mevent
        mfcobol
        mfserver
        mftp
        mgcp-callagent
        mgcp-gateway
        mgcs-mfp-port
        mgemanagement
        mgesupervision
        mgxswitch
        miami-bcast
        mib-streaming
        mice
        micom-pfs
        microcom-sbp
        micromuse-lm
        micromuse-ncps
        micromuse-ncpw
        microsan
        microsoft-ds
        microtalon-com
        microtalon-dis
        midnight-tech
        mikey
        mil-2045-47001
        miles-apart
        mimer
        mindarray-ca
        mindfilesys
        mindprint
        minger
        mini-sql
        minilock
        minipay
        minirem
        minivend
        minotaur-sa
        mipi-debug
        mipv6tls
        mira
        miroconnect
        mirrtex
        mit-dov
        mit-ml-dev
        miteksys-lm
        miva-mqs
        mkm-discovery
        ml-svnet
        mle
        mloadd
        mlsn
        mma-discovery
        mmacomm
        mmaeds
        mmcal
        mmcals
        mmcc
        mmpft
        mnet-discovery
        mngsuite
        mni-prot-rout
        mnp-exchange
        mns-mail
        mobile-file-dl
        mobile-p2p
        mobileanalyzer
        mobileip-agent
        mobilip-mn
        mobrien-chat
        moldflow-lm
        molly
        mon
        mondex
        monetra
        monetra-admin
        mongodb
        monitor
        monkeycom
        monp
        montage-lm
        mortgageware
        mosaicsyssvc1
        mosaixcc
        moshebeeri
        mountd
        movaz-ssc
        moy-corp
        mpc-lifenet
        mpfoncl
        mpfwsas
        mphlpdmc
        mpidcagt
        mpidcmgr
        mpl-gprs-port
        mpls-pm
        mpls-udp
        mpls-udp-dtls
        mpm
        mpm-flags
        mpm-snd
        mpnjsc
        mpnjsocl
        mpnjsomb
        mpnjsomg
        mpnjsosv
        mpp
        mppolicy-mgr
        mppolicy-v5
        mps-raft
        mpshrsv
        mpsserver
        mpsysrmsvr
        mptn
        mqe-agent
        mqe-broker
        mqtt
        mrip
        mrm
        mrssrendezvous
        ms-alerter
        ms-cluster-net
        ms-do
        ms-ilm
        ms-ilm-sts
        ms-la
        ms-licensing
        ms-mcc
        ms-olap1
        ms-olap2
        ms-olap3
        ms-olap4
        ms-rome
        ms-rule-engine
        ms-s-sideshow
        ms-shuttle
        ms-sideshow
        ms-smlbiz
        ms-sna-base
        ms-sna-server
        ms-sql-m
        ms-sql-s
        ms-streaming
        ms-theater
        ms-v-worlds
        ms-wbt-server
        msdfsr
        msdp
        msdts1
        msexch-routing
        msfrs
        msft-dpm-cert
        msft-gc
        msft-gc-ssl
        msfw-array
        msfw-control
        msfw-replica
        msfw-s-storage
        msfw-storage
        msg-auth
        msg-icp
        msgclnt
        msgsrvr
        msgsys
        mshvlm
        msi-cps-rm
        msi-cps-rm-disc
        msi-selectplay
        msiccp
        msims
        msl-lmd
        msmq
        msnp
        msolap-ptp2
        msp
        msp-os
        msr-plugin-port
        msrp
        msss
        mstmg-sstp
        msync
        mt-scaleserver
        mtcevrunqman
        mtcevrunqss
        mti-tcs-comm
        mtl8000-matrix
        mtn
        mtp
        mtport-regist
        mtportmon
        mtqp
        mtrace
        mtrgtrans
        mtsserver
        multicast-ping
        multiling-http
        multip-msg
        multiplex
        mumps
        munin
        mupdate
        murray
        murx
        muse
        musiconline
        must-backplane
        must-p2p
        mvel-lm
        mvs-capacity
        mvx-lm
        mxi
        mxit
        mxodbc-connect
        mxomss
        mxxrlogin
        myblast
        mylex-mapd
        mylxamport
        mynahautostart
        myq-termlink
        myrtle
        mysql
        mysql-cluster
        mysql-cm-agent
        mysql-im
        mysql-proxy
        mysqlx
        mzap
        mzca-action
        mzca-alert
        n1-fwp
        n1-rmgmt
        n2h2server
        n2nremote
        n2receive
        na-er-tip
        na-localise
        naap
        nacagent
        nacnl
        name
        namemunge
        namp
        nani
        nas
        nas-metering
        nasmanager
        natdataservice
        nati-dstp
        nati-logos
        nati-svrloc
        nati-vi-server
        nattyserver
        natuslink
        nav-data
        nav-data-cmd
        nav-port
        navbuddy
        navegaweb-port
        navisphere
        navisphere-sec
        nbd
        nbdb
        nbt-pc
        nbt-wol
        nburn-id
        nbx-au
        nbx-cc
        nbx-dir
        nbx-ser
        ncacn-ip-tcp
        ncadg-ip-udp
        ncconfig
        ncdloadbalance
        ncdmirroring
        nced
        ncl
        ncld
        ncp
        ncpm-ft
        ncpm-hip
        ncpm-pm
        ncpu
        ncr-ccl
        ncu-1
        ncu-2
        ncube-lm
        ncxcp
        ndl-aas
        ndl-ahp-svc
        ndl-als
        ndl-aps
        ndl-tcp-ois-gw
        ndm-agent-port
        ndm-requester
        ndm-server
        ndmp
        ndmps
        ndn
        ndnp
        nds-sso
        ndsauth
        ndsconnect
        ndsp
        ndtp
        nec-raidplus
        neckar
        necp
        nei-management
        neo4j
        neod1
        neod2
        neoiface
        neon24x7
        nerv
        nesh-broker
        nessus
        nest-protocol
        net-device
        net-projection
        net-steward
        net2display
        net8-cman
        netadmin
        netagent
        netangel
        netapp-icdata
        netapp-icmgmt
        netapp-sync
        netarx
        netaspi
        netattachsdmp
        netbill-auth
        netbill-cred
        netbill-keyrep
        netbill-prod
        netbill-trans
        netbios-dgm
        netbios-ns
        netbios-ssn
        netblox
        netbookmark
        netboot-pxe
        netcabinet-com
        netcelera
        netchat
        netcheque
        netclip
        netcomm1
        netcomm2
        netconf-beep
        netconf-ch-ssh
        netconf-ch-tls
        netconf-ssh
        netconf-tls
        netconfsoapbeep
        netconfsoaphttp
        netcp
        netdb-export
        neteh
        neteh-ext
        netgw
        netinfo-local
        netiq
        netiq-endpoint
        netiq-endpt
        netiq-mc
        netiq-ncap
        netiq-qcheck
        netiq-voipa
        netlabs-lm
        netmagic
        netmap-lm
        netml
        netmo-default
        netmo-http
        netmon
        netmount
        netmpi
        netnews
        neto-dcs
        neto-wol-server
        netobjects1
        netobjects2
        netop-rc
        netop-school
        netopia-vo1
        netopia-vo2
        netopia-vo3
        netopia-vo4
        netopia-vo5
        netops-broker
        netperf
        netplan
        netplay-port1
        netplay-port2
        netport-id
        netrcs
        netrek
        netrisk
        netrix-sftm
        netrjs-1
        netrjs-2
        netrjs-3
        netrjs-4
        netrockey6
        netsc-dev
        netsc-prod
        netscript
        netserialext1
        netserialext2
        netserialext3
        netserialext4
        netspeak-acd
        netspeak-cps
        netspeak-cs
        netspeak-is
        netsteward
        netsupport
        netsupport2
        nettest
        nettgain-nms
        netuitive
        netview-aix-1
        netview-aix-10
        netview-aix-11
        netview-aix-12
        netview-aix-2
        netview-aix-3
        netview-aix-4
        netview-aix-5
        netview-aix-6
        netview-aix-7
        netview-aix-8
        netview-aix-9
        netviewdm1
        netviewdm2
        netviewdm3
        netwall
        netware-csp
        netware-ip
        netwatcher-db
        netwatcher-mon
        netwave-ap-mgmt
        netwkpathengine
        networklens
        networklenss
        netx-agent
        netx-server
        netxms-agent
        netxms-mgmt
        netxms-sync
        neveroffline
        new-rwho
        newbay-snc-mc
        newgenpay
        newlixconfig
        newlixengine
        newlixreg
        newoak
        news
        newwavesearch
        nexentamv
        nexgen
        nexgen-aux
        nexstorindltd
        nextstep
        nexus-portal
        nfa
        nfoldman
        nfs
        nfsd-keepalive
        nfsrdma
        ng-umds
        nhci
        nhserver
        ni-visa-remote
        nicelink
        nicetec-mgmt
        nicetec-nmsvc
        nicname
        nifty-hmi
        nikatron-dev
        nilinkanalyst
        nim
        nim-vdrshell
        nim-wan
        nimaux
        nimbusdb
        nimbusdbctrl
        nimcontroller
        nimgtw
        nimhub
        nimreg
        nimrod-agent
        nimsh
        nimspooler
        ninaf
        niobserver
        nip
        niprobe
        nirp
        nitrogen
        njenet-ssl
        nkd
        nlg-data
        nlogin
        nls-tl
        nm-asses-admin
        nm-assessor
        nm-game-admin
        nm-game-server
        nmap
        nmasoverip
        nmc-disc
        nmea-0183
        nmea-onenet
        nmmp
        nms
        nms-dpnss
        nms-topo-serv
        nmsd
        nmsigport
        nmsp
        nmsserver
        nnp
        nnsp
        nntp
        nntps
        noaaport
        noadmin
        noagent
        nod-client
        nod-provider
        noit-transport
        nokia-ann-ch1
        nokia-ann-ch2
        nomad
        nomdb
        norp
        norton-lambert
        notateit
        notateit-disc
        noteit
        noteshare
        noteza
        notezilla-lan
        notify
        notify-srvr
        novar-alarm
        novar-dbase
        novar-global
        novastorbakcup
        novation
        novell-ipx-cmd
        novell-lu6-2
        novell-zen
        nowcontact
        npdbgmngr
        npds-tracker
        npep-messaging
        npmp
        npmp-gui
        npmp-local
        npmp-trap
        npp
        nppmp
        npqes-test
        npsp
        nqs
        nrcabq-lm
        nrpe
        ns
        ns-cfg-server
        ns-server
        nsc-ccs
        nsc-posa
        nsdeepfreezectl
        nsesrvr
        nsiiops
        nsjtp-ctrl
        nsjtp-data
        nsp
        nsrp
        nss
        nss-routing
        nssagentmgr
        nssalertmgr
        nssocketport
        nsstp
        nst
        nsw-fe
        nsws
        nta-ds
        nta-us
        ntalk
        ntp
        ntske
        ntz-p2p-storage
        ntz-tracker
        nuauth
        nucleus
        nucleus-sand
        nufw
        nupaper-ss
        nusdp-disc
        nusrp
        nut
        nuts-bootp
        nuts-dem
        nuxsl
        nvc
        nvcnet
        nvd
        nvme
        nvme-disc
        nvmsgd
        nw-license
        nxedit
        nxlmd
        o2server-port
        oa-system
        obex
        objcall
        objective-dbc
        objectmanager
        obrpd
        observium-agent
        oc-lm
        ocbinder
        oce-snmp-trap
        oceansoft-lm
        ocs-amu
        ocs-cmu
        ocserver
        octopus
        octopustentacle
        odbcpathway
        odette-ftp
        odette-ftps
        odeumservlink
        odi-port
        odmr
        odn-castraq
        odnsp
        odsi
        oem-agent
        oemcacao-jmxmp
        oemcacao-rmi
        oemcacao-websvc
        office-tools
        officelink2000
        ofsd
        ogs-client
        ogs-server
        ohimsrv
        ohmtrigger
        ohsc
        oi-2000
        oidocsvc
        oidsr
        oirtgsvc
        oktaauthenticat
        olhost
        olsr
        olsv
        oma-dcdocbs
        oma-ilp
        oma-ilp-s
        oma-mlp
        oma-mlp-s
        oma-rlp
        oma-rlp-s
        oma-ulp
        omabcastltkm
        omasgport
        omginitialrefs
        omhs
        omnilink-port
        omnisky
        omnivision
        omnivisionesx
        oms
        oms-nonsecure
        omscontact
        omsdk
        omserv
        omstopology
        omviagent
        omviserver
        onbase-dds
        onehome-help
        onehome-remote
        onep-tls
        onesaf
        onmux
        onpsocket
        onscreen
        ontime
        ontobroker
        oob-ws-http
        oob-ws-https
        op-probe
        opalis-rbt-ipc
        opalis-rdv
        opalis-robot
        opc-job-start
        opc-job-track
        opcon-xps
        opcua-tcp
        opcua-tls
        opcua-udp
        opencm
        opencore
        opendeploy
        openflow
        openhpid
        openit
        openmail
        openmailg
        openmailns
        openmailpxy
        openmath
        opennl
        opennl-voice
        openport
        openqueue
        openremote-ctrl
        openstack-id
        opentable
        opentelemetry
        opentrac
        openvms-sysipc
        openvpn
        openwebnet
        opequus-server
        opi-sock
        opnet-smp
        opsec-cvp
        opsec-ela
        opsec-lea
        opsec-omi
        opsec-sam
        opsec-uaa
        opsec-ufp
        opsession-clnt
        opsession-prxy
        opsession-srvr
        opsmessaging
        opsmgr
        opsview-envoy
        opswagent
        opswmanager
        optech-port1-lm
        optika-emedia
        optilogic
        optima-vnet
        optiwave-lm
        optocontrol
        optohost002
        optohost003
        optohost004
        opus-services
        ora-lm
        ora-oap
        oracle
        oracle-em1
        oracle-em2
        oracle-ms-ens
        oracle-oms
        oracle-vp1
        oracle-vp2
        oracleas-https
        oraclenames
        oraclenet8cman
        orasrv
        orbiter
        orbix-cfg-ssl
        orbix-config
        orbix-loc-ssl
        orbix-locator
        orbixd
        orbplus-iiop
        ordinox-dbase
        ordinox-server
        origo-native
        origo-sync
        orion
        orion-rmi-reg
        ortec-disc
        os-licman
        osaut
        osb-sd
        osdcp
        osm-appsrvr
        osm-oev
        osmosis-aeea
        osp
        ospf-lite
        osu-nms
        osvr
        otlp
        otmp
        otp
        otpatch
        ott
        ottp
        otv
        outlaws
        ov-nnm-websrv
        ovalarmsrv
        ovalarmsrv-cmd
        ovbus
        oveadmgr
        ovhpas
        ovladmgr
        ovobs
        ovrimosdbman
        ovsam-d-agent
        ovsam-mgmt
        ovsdb
        ovsessionmgr
        ovtopmd
        ovwdb
        owamp-control
        owamp-test
        owms
        owserver
        p-net-local
        p-net-remote
        p25cai
        p2pcommunity
        p2pevolvenet
        p2pgroup
        p2pq
        p4p-portal
        p4runtime
        p6ssmc
        pace-licensed
        pacerforum
        pacmand
        pacom
        padl2sim
        pads
        pafec-lm
        paging-port
        pago-services1
        pago-services2
        palace-1
        palace-2
        palace-3
        palace-4
        palace-5
        palace-6
        palcom-disc
        pammratc
        pammrpc
        pana
        panagolin-ident
        panasas
        pangolin-laser
        papachi-p2p-srv
        paradym-31port
        paragent
        parallel
        park-agent
        parliant
        parsec-game
        parsec-master
        parsec-peer
        partimage
        passgo
        passgo-tivoli
        password-chg
        passwrd-policy
        patrol
        patrol-coll
        patrol-ism
        patrol-mq-gm
        patrol-mq-nm
        patrol-snmp
        patrolview
        pawserv
        pay-per-view
        paycash-online
        paycash-wbp
        payrouter
        pc-mta-addrmap
        pc-telecommute
        pcanywheredata
        pcanywherestat
        pcc-image-port
        pcc-mfp
        pcep
        pcia-rxp-b
        pciarray
        pcihreq
        pcle-infex
        pclemultimedia
        pcmail-srv
        pcmk-remote
        pcoip
        pcoip-mgmt
        pconnectmgr
        pcp
        pcp-multicast
        pcptcpservice
        pcs-pcw
        pcs-sf-ui-man
        pcsync-http
        pcsync-https
        pctrader
        pcttunnell
        pd-admin
        pda-data
        pda-gate
        pda-sys
        pdap
        pdap-np
        pdb
        pdefmns
        pdnet
        pdp
        pdps
        pdrncs
        pds
        pdtp
        pduncs
        pe-mike
        pearldoc-xact
        peerbook-port
        peerwire
        pegasus
        pegasus-ctl
        pegboard
        pehelp
        pentbox-sim
        peocoll
        peoctlr
        peport
        perf-port
        perfd
        perimlan
        periscope
        permabit-cs
        perrla
        persona
        personal-agent
        personal-link
        personalos-001
        personnel
        pfcp
        pftp
        pfu-prcallback
        pgbackrest
        pgbouncer
        pgps
        ph
        pharmasoft
        pharos
        philips-vc
        phoenix-rpc
        phonebook
        phonex-port
        photuris
        phrelay
        phrelaydbg
        piccolo
        pichat
        picknfs
        picodbc
        pictrography
        pim-port
        pim-rp-disc
        ping-pong
        pinghgl
        pip
        pipe-server
        pipes
        piranha1
        piranha2
        pirp
        pit-vpn
        pixelpusher
        pjj-player
        pjj-player-disc
        pjlink
        pk
        pk-electronics
        pkagent
        pkix-3-ca-ra
        pkix-cmc
        pkix-timestamp
        pkt-krb-ipsec
        pktcable-cops
        pktcablemmcops
        plato
        plato-lm
        playsta2-app
        playsta2-lob
        plbserve-port
        plcy-net-svcs
        plethora
        plex
        plgproxy
        pluribus
        plysrv-http
        plysrv-https
        pm-cmdsvr
        pmas
        pmcd
        pmcdproxy
        pmcp
        pmcs
        pmd
        pmdfmgt
        pmdmgr
        pmip6-cntl
        pmip6-data
        pmsm-webrctl
        pmwebapi
        pn-requester
        pn-requester2
        pnaconsult-lm
        pnbs
        pnbscada
        pnet-conn
        pnet-enc
        pnrp-port
        pns
        polestar
        policyserver
        pon-ictp
        pop2
        pop3
        pop3s
        popup-reminders
        portgate-auth
        postgresql
        pov-ray
        powerburst
        powerclientcsf
        powerexchange
        powergemplus
        powerguardian
        poweronnud
        powerschool
        powwow-client
        powwow-server
        ppactivation
        ppcontrol
        ppsms
        ppsuitemsg
        pptconference
        pptp
        pq-lic-mgmt
        pqsflows
        pqsp
        prRegister
        pra-elmd
        prat
        prchat-server
        prchat-user
        precise-comm
        precise-i3
        precise-sft
        precise-vip
        predatar-comms
        prelude
        presence
        presonus-ucnet
        press
        prex-tcp
        prgp
        primaserver
        princity-agent
        print-srv
        printer
        printer-agent
        printopia
        priority-e-com
        prism-deploy
        prismiq-plugin
        privateark
        privatechat
        privatewire
        privilege
        privoxy
        prizma
        prm-nm
        prm-nm-np
        prm-sm
        prm-sm-np
        prnrequest
        prnstatus
        pro-ed
        proactivate
        proactivesrvr
        proaxess
        procos-lm
        prodigy-intrnet
        productinfo
        profile
        profilemac
        profinet-cm
        profinet-rt
        profinet-rtm
        progistics
        programmar
        prolink
        proofd
        propel-msgsys
        proremote
        proshare-mc-1
        proshare-mc-2
        proshare1
        proshare2
        proshareaudio
        prosharedata
        prosharenotify
        prosharerequest
        prosharevideo
        prospero
        proxim
        proxima-lm
        proxy-gateway
        prp
        prsvp
        ps-ams
        psbserver
        pscl-mgt
        pscribe
        pscupd
        psdbserver
        pserver
        psi-ptt
        psl-management
        pslicser
        pslserver
        psmond
        psprserver
        pspserver
        psqlmws
        psrserver
        psrt
        pss
        pssc
        pt-tls
        pt2-discover
        ptcnameservice
        ptk-alink
        ptp
        ptp-event
        ptp-general
        publiqare-sync
        pulsonixnls
        pump
        pumpkindb
        puparp
        puppet
        purenoise
        purityrpc
        pushns
        pvaccess
        pvsw
        pvsw-inet
        pvuniwien
        pvxpluscs
        pvxplusio
        pwdgen
        pwdis
        pwgippfax
        pwgpsi
        pwgwims
        pwrsevent
        pxc-epmap
        pxc-ntfy
        pxc-pin
        pxc-roid
        pxc-sapxom
        pxc-splr
        pxc-splr-ft
        pxc-spvr
        pxc-spvr-ft
        pyrrho
        q3ade
        q55-pcc
        qadmifevent
        qadmifoper
        qb-db-server
        qbdb
        qbikgdp
        qcp
        qdb2service
        qencp
        qfp
        qft
        qftest-licserve
        qftest-lookup
        qip-audup
        qip-login
        qip-msgd
        qip-qdhcp
        qke-llc-v3
        qmqp
        qmtp
        qmtps
        qmvideo
        qnts-orb
        qnxnetman
        qo-secure
        qolyester
        qotd
        qotps
        qpasa-agent
        qptlmd
        qrh
        qsm-gui
        qsm-proxy
        qsm-remote
        qsnet-assist
        qsnet-cond
        qsnet-nucl
        qsnet-trans
        qsnet-workst
        qsoft
        qt-serveradmin
        qtms-bootstrap
        qtp
        quaddb
        quailnet
        quake
        quantastor
        quartus-tcl
        quasar-server
        qubes
        quest-agent
        quest-data-hub
        quest-disc
        quest-vista
        questdb2-lnchr
        questnotify
        queueadm
        quickbooksrds
        quicksuite
        quosa
        quotad
        qvr
        qwave
        raadmin
        racf
        radan-http
        radclientport
        radec-corp
        radg
        radio
        radio-bc
        radio-sm
        radius
        radius-acct
        radius-dynauth
        radix
        radmin-port
        radmind
        radpdf
        rads
        radsec
        radware-rpm
        radware-rpm-s
        radwiz-nms-srv
        raid-ac
        raid-am
        raid-cc
        raid-cd
        raid-cs
        raid-sf
        railgun-webaccl
        ramp
        rancher
        rap
        rap-ip
        rap-listen
        rap-service
        rapi
        rapidbase
        rapidmq-center
        rapidmq-reg
        rapido-ip
        raqmon-pdu
        rasadv
        ratio-adp
        ratl
        ravehd
        raven-rdp
        raven-rmp
        raventbs
        raventdm
        raw-serial
        raxa-mgmt
        razor
        rbakcup1
        rbakcup2
        rblcheckd
        rbr-debug
        rbr-discovery
        rbsystem
        rbt-smc
        rbt-wanopt
        rcc-host
        rcip-itu
        rcp
        rcst
        rcts
        rda
        rdb-dbs-disp
        rdc-wh-eos
        rdgs
        rdlap
        rdm-tfs
        rdmnet-ctrl
        rdmnet-device
        rdrmshc
        rds
        rds-ib
        rds-ip
        rds2
        re-conn-proto
        re-mail-ck
        re101
        reachout
        realm-rusd
        realsecure
        rebol
        recipe
        recvr-rc
        recvr-rc-disc
        redis
        redstone-cpss
        redstorm-diag
        redstorm-find
        redstorm-info
        redstorm-join
        redwood-chat
        reftek
        registrar
        relief
        rellpack
        reload-config
        remcap
        remctl
        remographlm
        remote-as
        remote-collab
        remote-kis
        remote-winsock
        remotedeploy
        remotefs
        remoteware-un
        repcmd
        repliweb
        repscmd
        repsvc
        res
        res-sap
        resacommunity
        rescap
        resorcs
        resource-mgr
        responselogic
        responsenet
        restconf-ch-tls
        retp
        retrospect
        rets
        rets-ssl
        reversion
        rexecj
        rfa
        rfb
        rfe
        rfid-rp1
        rfile
        rfio
        rfmp
        rfx-lm
        rgtp
        rhp-iibp
        rib-slm
        ricardo-lm
        rich-cp
        rid
        ridgeway1
        ridgeway2
        rift-lies
        rift-ties
        rimf-ps
        rimsl
        ripng
        ris
        ris-cm
        rise
        rjcdb-vcards
        rje
        rkb-oscs
        rlm
        rlm-admin
        rlm-disc
        rlp
        rlzdbase
        rmc
        rmiactivation
        rmiaux
        rmiregistry
        rmlnk
        rmonitor
        rmonitor-secure
        rmopagt
        rmpp
        rms-agent
        rmt
        rmtserver
        rndc
        rnm
        rnmap
        rnrp
        robcad-lm
        robix
        roboeda
        roboer
        robot-remote
        robotraconteur
        roce
        rockwell-csp2
        rocrail
        roketz
        rome
        rootd
        rothaga
        routematch
        router
        roverlog
        rp-reputation
        rpas-c2
        rpasswd
        rpc2portmap
        rpi
        rpki-rtr
        rpki-rtr-tls
        rprt
        rrac
        rrdp
        rrh
        rrifmm
        rrilwm
        rrimwm
        rrirtr
        rrisat
        rrp
        rs-pias
        rs-rmi
        rs-status
        rsap
        rsc-robot
        rscd
        rscs
        rsf-1
        rsh-spx
        rsip
        rsisysaccess
        rsms
        rsmtp
        rsom
        rsqlserver
        rsvd
        rsvp-encap-1
        rsvp-encap-2
        rsvp-tunnel
        rsync
        rt-classmanager
        rt-devicemapper
        rt-event
        rt-event-s
        rt-helper
        rt-labtracker
        rt-sound
        rt-viewer
        rtc-pm-port
        rtcm-sc104
        rtelnet
        rtimeviewer
        rtip
        rtmp-port
        rtnt-1
        rtnt-2
        rtps-dd-mt
        rtps-dd-ut
        rtps-discovery
        rtraceroute
        rtsclient
        rtsp
        rtsp-alt
        rtsps
        rtsserv
        rugameonline
        rusb-sys-port
        rushd
        rvs-isdn-dcp
        rwhois
        rwp
        rxapi
        rxe
        rxmon
        s-bfd
        s-net
        s-openmail
        s102
        s3db
        s8-client-port
        sa-msg-port
        sabams
        sabarsd
        sabp-signal
        sac
        sacred
        safetynetp
        saft
        sage-best-com1
        sage-best-com2
        sagectlpanel
        sagxtsds
        sah-lm
        sais
        saiscm
        saiseh
        saism
        sal
        salient-dtasrv
        salient-mux
        salient-usrmgr
        saltd-licensing
        samd
        samsung-disc
        samsung-unidex
        sanavigator
        sandpolis
        sane-port
        sanity
        santak-ups
        santools
        saphostctrl
        saphostctrls
        sapms
        sapv1
        saratoga
        saris
        sas-remote-hlp
        sasg
        sasggprs
        sasp
        sauterdongle
        savant
        sbackup
        sbi-agent
        sbl
        sbook
        scaleft
        scan-change
        scanstat-1
        scc-security
        sccip-media
        sceanics
        scenccs
        scenidm
        scientia-sdb
        scientia-ssdb
        scinet
        scintilla
        scipticslsrvr
        sco-aip
        sco-dtmgr
        sco-inetmgr
        sco-peer-tta
        sco-sysmgr
        sco-websrvrmg3
        sco-websrvrmgr
        scohelp
        scoi2odialog
        scol
        scoremgr
        scotty-disc
        scotty-ft
        scp
        scp-config
        scpi-raw
        scpi-telnet
        scrabble
        screencast
        scriptview
        scscp
        scservp
        scte104
        scte30
        sctp-tunneling
        scup
        scup-disc
        scx-proxy
        sd
        sd-capacity
        sd-data
        sd-elmd
        sd-request
        sdbproxy
        sdclient
        sddp
        sde-discovery
        sdfunc
        sdhelp
        sdl-ets
        sdmmp
        sdnskmp
        sdo
        sdo-ssh
        sdo-tls
        sdp-id-port
        sdp-portmapper
        sdproxy
        sdr
        sds
        sds-admin
        sdsc-lm
        sdserver
        sdt
        sdt-lmd
        sdtvwcam
        seagull-ais
        seagulllms
        seaodbc
        search
        search-agent
        seaview
        sec-ntb-clnt
        sec-pc2fax-srv
        sec-t4net-clt
        sec-t4net-srv
        seclayer-tcp
        seclayer-tls
        secrmmsafecopya
        secure-cfg-svr
        secure-mqtt
        secure-ts
        securitychase
        seispoc
        semantix
        semaphore
        semi-grpc
        send
        senip
        senomix01
        senomix02
        senomix03
        senomix04
        senomix05
        senomix06
        senomix07
        senomix08
        sent-lm
        sentinel
        sentinel-ent
        sentinel-lm
        sentinelsrm
        sentlm-srv2srv
        sep
        seraph
        sercomm-scadmin
        sercomm-wlink
        serialgateway
        server-find
        serverdocs
        servergraph
        serverstart
        serverview-as
        serverview-asn
        serverview-gf
        serverview-icc
        serverview-rm
        serverviewdbms
        serverwsd2
        servexec
        service-ctrl
        servicemeter
        servicetags
        servistaitsm
        servserv
        servstat
        sesi-lm
        set
        sf-lm
        sflm
        sflow
        sfm-db-server
        sfmsso
        sfs-config
        sfs-smp-net
        sftdst-port
        sftp
        sftsrv
        sftu
        sg-lm
        sgcip
        sgcp
        sge-execd
        sge-qmaster
        sgi-arrayd
        sgi-dmfmgr
        sgi-esphttp
        sgi-eventmond
        sgi-lk
        sgi-soap
        sgi-storman
        sgmp
        sgmp-traps
        shadowserver
        shadowstream
        shaperai
        shaperai-disc
        shareapp
        sharp-server
        shell
        shiprush-d-ch
        shiprush-db-svr
        shiva-confsrvr
        shivadiscovery
        shivahose
        shivasound
        shockwave
        shockwave2
        shofar
        showcockpit-net
        shrewd-control
        shrewd-stream
        shrinkwrap
        sia-ctrl-plane
        siam
        sicct
        sicct-sdp
        siebel-ns
        siemensgsm
        sieve
        sift-uft
        sightline
        sigma-port
        signacert-agent
        signal
        signet-ctf
        siipat
        silc
        silhouette
        silkmeter
        silkp1
        silkp2
        silkp3
        silkp4
        silverpeakcomm
        silverpeakpeer
        silverplatter
        sim-control
        simba-cs
        simbaexpress
        simbaservices
        simco
        simctlp
        simon
        simon-disc
        simp-all
        simple-push
        simple-push-s
        simple-tx-rx
        simplement-tie
        simplifymedia
        simslink
        sip
        sips
        sis-emt
        sitaradir
        sitaramgmt
        sitaraserver
        sitewatch
        sitewatch-s
        six-degrees
        sixchat
        sixid
        sixnetudr
        sixtrak
        sixxsconfig
        skip-cert-recv
        skip-cert-send
        skip-mc-gikreq
        skronk
        sky-transport
        skynetflow
        skytelnet
        slc-ctrlrloops
        slc-systemlog
        slim-devices
        slingshot
        slinkysearch
        slinterbase
        slm-api
        slp
        slp-notify
        slscc
        slslavemon
        slush
        sm-disc
        sm-pas-1
        sm-pas-2
        sm-pas-3
        sm-pas-4
        sm-pas-5
        sma-spw
        smaclmgr
        smakynet
        smallchat
        smap
        smar-se-port1
        smar-se-port2
        smart-diagnose
        smart-install
        smart-lm
        smartcard-port
        smartcard-tls
        smartpackets
        smartsdp
        smauth-port
        smbdirect
        smc-admin
        smc-http
        smc-jmx
        smcluster
        smile
        smip
        smntubootstrap
        smpnameres
        smpp
        smpppd
        smpte
        sms-chat
        sms-rcinfo
        sms-remctrl
        sms-xfer
        smsd
        smsp
        smsqp
        smtp
        smux
        smwan
        sna-cs
        snac
        snagas
        snap
        snapd
        snapenetio
        snapp
        snare
        snaresecure
        sncp
        snif
        snifferclient
        snifferdata
        snifferserver
        snip-slave
        snmp
        snmp-tcp-port
        snmpdtls
        snmpdtls-trap
        snmpssh
        snmpssh-trap
        snmptls
        snmptls-trap
        snmptrap
        snpp
        sns-admin
        sns-agent
        sns-channels
        sns-dispatcher
        sns-gateway
        sns-protocol
        sns-query
        sns-quote
        snss
        sntlkeyssrvr
        sntp-heartbeat
        soagateway
        soap-beep
        soap-http
        socalia
        social-alarm
        socks
        socorfs
        socp-c
        socp-t
        softaudit
        softcm
        softdataphone
        softpc
        softrack-meter
        solaris-audit
        solera-epmap
        solera-lpn
        solid-e-engine
        solid-mux
        solve
        sonar
        sonardata
        soniqsync
        sonus
        sonus-logging
        sonuscallsig
        sophia-lm
        sops
        sor-update
        sos
        sossd-agent
        sossd-collect
        sossd-disc
        sossecollector
        soundsvirtual
        sovd
        spamtrap
        spandataport
        spartan
        spc
        spcsdlobby
        spdm
        spdp
        spdy
        spearway
        spectardata
        spectardb
        spectraport
        speedtrace
        speedtrace-disc
        spg
        sphinxapi
        sphinxql
        spice
        spike
        spiral-admin
        split-ping
        splitlock
        splitlock-gw
        spmp
        spock
        spocp
        spramsca
        spramsd
        spremotetablet
        sps-tunnel
        spsc
        spss
        spss-lm
        spt-automation
        sptx
        spugna
        spw-dialer
        spw-dnspreload
        spytechphone
        sqdr
        sql-net
        sqlexec
        sqlexec-ssl
        sqlserv
        sqlsrv
        src
        srcp
        srdp
        srmp
        srp-feedback
        srssend
        sruth
        srvc-registry
        ss-idi
        ss-idi-disc
        ss7ns
        ssad
        ssc-agent
        sscan
        ssdispatch
        ssdp
        ssdtp
        sse-app-config
        ssh
        ssh-mgmt
        sshell
        sslp
        ssm-cssps
        ssm-cvs
        ssm-els
        ssmc
        ssmd
        ssmpp
        sso-control
        sso-service
        ssowatch
        ssp
        ssp-client
        ssports-bcast
        ssql
        ssr-servermgr
        ssrip
        ssslic-mgr
        ssslog-mgr
        sst
        sstp-1
        sstp-2
        sstsys-lm
        stanag-5066
        starbot
        starfield-io
        starfish
        stargatealerts
        starquiz-port
        stars
        starschool
        start-network
        startron
        stat-cc
        stat-results
        stat-scanner
        statsci1-lm
        statsci2-lm
        statsrv
        statusd
        stdptc
        ste-smsc
        stgxfws
        sti-envision
        stm-pproc
        stmf
        stone-design-1
        stonefalls
        storageos
        storman
        storview
        streamcomm-ds
        street-stream
        streetperfect
        streettalk
        streletz
        stresstester
        strexec-d
        strexec-s
        stryker-com
        stss
        stt
        sttunnel
        stun
        stun-p1
        stun-p2
        stun-p3
        stun-port
        stuns
        stvp
        stx
        su-mit-tg
        sua
        submission
        submit
        submitserver
        subntbcst-tftp
        sugp
        suitcase
        suitjd
        sum
        sun-as-iiops
        sun-as-iiops-ca
        sun-as-jmxrmi
        sun-as-jpda
        sun-as-nodeagt
        sun-dr
        sun-lm
        sun-mc-grp
        sun-sea-port
        sun-sr-admin
        sun-sr-http
        sun-sr-https
        sun-sr-iiop
        sun-sr-iiop-aut
        sun-sr-iiops
        sun-sr-jms
        sun-sr-jmx
        sun-user-https
        suncacao-csa
        suncacao-jmxmp
        suncacao-rmi
        suncacao-snmp
        suncacao-websvc
        sunclustergeo
        sunclustermgr
        sunfm-port
        sunlps-http
        sunproxyadmin
        sunrpc
        sunscalar-dns
        sunscalar-svc
        sunwebadmin
        sunwebadmins
        supdup
        supercell
        supermon
        supportassist
        sur-meas
        surebox
        surf
        surfcontrolcpa
        surveyinst
        suucp
        svbackup
        svcloud
        svdrp
        svdrp-disc
        svn
        svnet
        svnetworks
        svrloc
        svs-omagent
        sw-orion
        swa-1
        swa-2
        swa-3
        swa-4
        swarm
        swdtp
        swdtp-sv
        sweetware-apps
        swift-rvf
        swiftnet
        swismgr1
        swismgr2
        swispol
        swistrap
        swldy-sias
        swr-port
        swrmi
        swtp-port1
        swtp-port2
        swx-gate
        swxadmin
        sxmp
        sxuptp
        syam-agent
        syam-smc
        syam-webserver
        sybase-sqlany
        sybaseanywhere
        sybasedbsynch
        sybasesrvmon
        sychrond
        symantec-sfdb
        symantec-sim
        symb-sb-port
        symplex
        synapse
        synapse-nhttp
        synapse-nhttps
        synapsis-edge
        sync-em7
        synchromesh
        synchronet-db
        synchronet-rtc
        synchronet-upd
        synchronite
        syncserver
        syncserverssl
        synctest
        synel-data
        synoptics-trap
        synotics-broker
        synotics-relay
        sype-transport
        syscomlan
        syserverremote
        sysinfo-sp
        syslog
        syslog-conn
        syslog-tls
        sysopt
        sysorb
        sysrqd
        sysscanner
        systat
        system-monitor
        systemics-sox
        t1-e1-over-ip
        t128-gateway
        t1distproc
        t1distproc60
        t2-brm
        t2-drm
        t5-straton
        tabula
        tacacs
        tacacs-ds
        tacnews
        tacticalauth
        taep-as-svc
        tag-pm
        tag-ups-1
        taiclock
        tal-pod
        talarian-mcast1
        talarian-mcast2
        talarian-mcast3
        talarian-mcast4
        talarian-mcast5
        talarian-mqs
        talarian-tcp
        talarian-udp
        taligent-lm
        talikaserver
        talk
        talnet
        talon-disc
        talon-engine
        talon-webserver
        tambora
        tams
        tapestry
        tapeware
        tappi-boxnet
        tarantella
        tarantool
        targus-getdata
        targus-getdata1
        targus-getdata2
        targus-getdata3
        tarp
        taserver
        taskman-port
        taskmaster2000
        tasp-net
        taurus-wh
        tbrpf
        tcc-http
        tcim-control
        tclprodebugger
        tcoaddressbook
        tcoflashagent
        tcoregagent
        tcp-id-port
        tcpdataserver
        tcpmux
        tcpnethaspsrv
        td-postman
        td-replica
        td-service
        tdaccess
        tdmoip
        tdp-suite
        teamcoherence
        tec5-sdctp
        teedtap
        tekpls
        telaconsole
        telefinder
        telelpathattack
        telelpathstart
        teleniumdaemon
        telesis-licman
        telindus
        tell
        tellumat-nms
        telnet
        telnetcpcd
        telnets
        telops-lmd
        tempest-port
        tempo
        tenfold
        tentacle
        terabase
        teradataordbms
        teredo
        terminaldb
        tesla-sys-msg
        tetrinet
        texai
        texar
        tftp
        tftp-mcast
        tftps
        tgcconnect
        tgp
        thermo-calc
        theta-lm
        thingkit
        thor-engine
        thrp
        thrtx
        tht-treasure
        tibet-server
        tibsd
        ticf-1
        ticf-2
        tick-port
        tidp
        tiepie
        tiepie-disc
        tig
        tigv2
        tile-ml
        timbuktu
        timbuktu-srv1
        timbuktu-srv2
        timbuktu-srv3
        timbuktu-srv4
        time
        timed
        timeflies
        timelot
        timestenbroker
        tinc
        tinymessage
        tip-app-server
        tip2
        tipc
        tivoconnect
        tivoli-npm
        tksocket
        tl-ipcproxy
        tl1
        tl1-lv
        tl1-raw
        tl1-raw-ssl
        tl1-ssh
        tl1-telnet
        tlisrv
        tmesis-upshot
        tmi
        tmo-icon-sync
        tmophl7mts
        tmosms0
        tmosms1
        tn-timing
        tn-tl-fd1
        tn-tl-fd2
        tn-tl-r1
        tn-tl-r2
        tn-tl-w1
        tn-tl-w2
        tnETOS
        tnmpv2
        tnos-dp
        tnos-dps
        tnos-sp
        tnp
        tnp-discover
        tnp1-port
        tns-adv
        tns-cml
        tns-server
        toad
        toad-bi-appsrvr
        tolfab
        tolteces
        tomato-springs
        tonidods
        topflow
        topflow-ssl
        topovista-data
        topx
        touchnetplus
        tpcsrvr
        tpdu
        tpip
        tpmd
        tqdata
        tr-rsrb-p1
        tr-rsrb-p2
        tr-rsrb-p3
        tr-rsrb-port
        traceroute
        track
        tragic
        traingpsdata
        tram
        transact
        transmit-port
        trap
        trap-daemon
        trap-port
        trap-port-mom
        traversal
        travsoft-ipx-t
        trc-netpoll
        trdp-md
        trdp-pd
        treehopper
        trendchip-dcp
        tributary
        trident-data
        trim
        trim-event
        trim-ice
        trinity-dist
        trinket-agent
        triomotion
        trip
        tripe
        tripwire
        triquest-lm
        trisoap
        trispen-sra
        tritium-can
        trivnet1
        trivnet2
        trnsprntproxy
        troff
        trp
        truckstar
        truecm
        trueconf
        trusted-web
        trustestablish
        tsa
        tsaf
        tsb
        tsb2
        tscchat
        tsdos390
        tsepisp
        tserver
        tsilb
        tsp
        tsrmagt
        tsspmap
        ttat3lb
        ttc
        ttc-etap
        ttc-etap-ds
        ttc-etap-ns
        ttc-ssl
        ttcmremotectrl
        ttg-protocol
        ttl-publisher
        ttlpriceproxy
        ttnrepository
        ttntspauto
        ttyinfo
        tunalyzer
        tunatic
        tungsten-http
        tungsten-https
        tunnel
        tunstall-lwp
        tunstall-pnc
        turbonote-1
        turbonote-2
        tvbus
        tvdumtray-port
        tve-announce
        tvnetworkvideo
        tvpm
        tw-auth-key
        twamp-control
        twamp-test
        twcss
        twds
        twrpc
        twsdss
        u-dbap
        ua-secureagent
        uaac
        uacs
        uadtc
        uaiact
        uarps
        ub-dns-control
        ubroker
        ubxd
        ucentric-ds
        ucontrol
        ucs-isc
        udp-sr-port
        udpradio
        udrawgraph
        udrive
        udt-os
        uec
        ufastro-instr
        ufmp
        uis
        ulistproc
        ulp
        ulpnet
        ultimad
        ultrabac
        ultraseek-http
        ultrex
        uma
        umm-port
        ums
        umsp
        unbind-cluster
        undo-lm
        unet
        unglue
        unicall
        unicontrol
        unidata-ldm
        unieng
        unified-bus
        unify
        unify-adapter
        unify-debug
        unifyadmin
        unihub-server
        unikeypro
        unimobilectrl
        uniport
        unisql
        unisql-java
        unisys-eportal
        unisys-lm
        unite
        univ-appserver
        universe-suite
        univision
        unix-status
        unizensus
        unot
        uohost
        uorb
        updog
        upgrade
        upnotifyp
        upnotifyps
        ups
        ups-engine
        ups-onlinet
        upsnotifyprot
        upstriggervsw
        urbisnet
        urd
        urld-port
        urm
        us-cli
        us-gv
        us-srv
        user-manager
        usicontentpush
        utcd
        utime
        utmpcd
        utmpsd
        utsftp
        uucp
        uucp-path
        uucp-rlogin
        uuidgen
        v-one-spp
        v2g-secc
        v5ua
        va-pacbase
        vacdsm-app
        vacdsm-sws
        vad
        valisys-lm
        vantronix-mgmt
        vaprtm
        varadero-0
        varadero-1
        varadero-2
        vat
        vat-control
        vatata
        vatp
        vaultbase
        vce
        vchat
        vcmp
        vcnet-link-v10
        vcom-tunnel
        vcrp
        vcs-app
        vcscmd
        vdab
        vdmmesh
        vdmmesh-disc
        vdmplay
        vemmi
        ventoso
        venus
        venus-se
        veracity
        vergencecm
        verismart
        veritas-pbx
        veritas-tcp1
        veritas-ucl
        veritas-udp1
        veritas-vis1
        veritas-vis2
        veronica
        versa-tek
        versatalk
        versiera
        vestasdlp
        vettcp
        vfbp
        vfbp-disc
        vfmobile
        vfo
        vhd
        vid
        video-activmail
        videobeans
        videotex
        videte-cipc
        vidigo
        vids-avtp
        vieo-fe
        vinainstall
        vipera
        vipera-ssl
        vipremoteagent
        virprot-lm
        virtual-places
        virtual-time
        virtualtape
        virtualuser
        visd
        visinet-gui
        vision-elmd
        vision-server
        visionpyramid
        visitview
        vista-4gl
        vistium-share
        visweather
        vitalanalysis
        viziblebrowser
        vlsi-lm
        vmnet
        vmodem
        vmpwscs
        vmrdp
        vmsvc
        vmsvc-2
        vmware-fdm
        vnas
        vnetd
        vns-tp
        vnsstr
        vnwk-prapi
        vnyx
        vocaltec-admin
        vocaltec-gold
        vocaltec-hos
        vocaltec-phone
        vocaltec-wconf
        vofr-gateway
        voispeed-port
        volley
        vop
        vopied
        voxelstorm
        vp2p
        vpa
        vpa-disc
        vpac
        vpad
        vpjp
        vpm-udp
        vpnz
        vpp
        vpps-qua
        vpps-via
        vpsipport
        vpvc
        vpvd
        vqp
        vrace
        vrcommerce
        vrmg-ip
        vroa
        vrpn
        vrt
        vrtl-vmf-ds
        vrtl-vmf-sa
        vrtp
        vrts-at-port
        vrts-auth-port
        vrts-ipcserver
        vrts-registry
        vrts-tdd
        vrtstrapserver
        vrxpservman
        vs-server
        vsaiport
        vsamredirector
        vsat-control
        vscp
        vseconnector
        vsi-omega
        vsiadmin
        vsinet
        vsixml
        vslmp
        vsnm-agent
        vspread
        vstat
        vt-ssl
        vtp
        vtr-emulator
        vts-rpc
        vtsas
        vtu-comms
        vulture
        vvr-control
        vvr-data
        vx-auth-port
        vxcrnbuport
        vxlan
        vxlan-gpe
        vytalvaultbrtp
        vytalvaultpipe
        vytalvaultvsmp
        waascluster
        wacp
        wafs
        wag-service
        wago-io-system
        wago-service
        wanscaler
        wap-push
        wap-push-http
        wap-push-https
        wap-pushsecure
        wap-vcal
        wap-vcal-s
        wap-vcard
        wap-vcard-s
        wap-wsp
        wap-wsp-s
        wap-wsp-wtp
        wap-wsp-wtp-s
        warehouse
        warehouse-sss
        warmspotMgmt
        warmux
        warppipe
        watchdoc
        watchdoc-pod
        watchdog-nt
        watchme-7272
        watcomdebug
        watershed-lm
        watilapp
        wbem-exp-https
        wbem-http
        wbem-https
        wbem-rmi
        wcbackup
        wcpp
        wcr-remlib
        weandsf
        weave
        web2host
        webaccess
        webadmstart
        webdata
        webemshttp
        weblogin
        webmachine
        webmail-2
        webmethods-b2b
        webobjects
        webphone
        webpush
        websm
        websnp
        websphere-snmp
        webster
        webtie
        webyast
        wello
        westec-connect
        westell-stats
        wfc
        wfm
        wfremotertm
        wg-endpt-comms
        wg-netforce
        wherehoo
        whisker
        who
        whoami
        whoispp
        whosells
        whosockami
        wibukey
        wiegand
        wifree
        wilkenlistener
        willy
        wimaxasncp
        wimd
        wimsic
        windb
        winddlb
        winddx
        windlm
        windream
        winfs
        wininstall-ipc
        winjaserver
        winpcs
        winpharaoh
        winpoplanmess
        winport
        winqedit
        winrm
        wins
        winshadow
        winshadow-hd
        wip-port
        wired
        wizard
        wkars
        wkstn-mon
        wlanauth
        wlbs
        wlcp
        wmc-log-svc
        wmlserver
        wms-messenger
        wnn6
        wnn6-ds
        workflow
        workflowdir
        world-lm
        worldfusion1
        worldfusion2
        worldscores
        wpages
        wpgs
        wpl-analytics
        wpl-disc
        writesrv
        wrs-registry
        wrspice
        ws-discovery
        wsdapi
        wsdapi-s
        wsdl-event
        wsicopy
        wsm-server
        wsm-server-ssl
        wsman
        wsmans
        wsmlb
        wso2esb-console
        wspipe
        wssauthsvc
        wsscomfrmwk
        wsynch
        wta-wsp-s
        wta-wsp-wtp-s
        wtmi-panel
        wusage
        wv-csp-sms
        wv-csp-sms-cir
        wv-csp-udp-cir
        wwiotalk
        www-dev
        www-ldap-gw
        wxbrief
        wysdma
        wysdmc
        x-bone-api
        x-bone-ctl
        x11
        x25-svc-port
        x2e-disc
        x500ms
        x510
        x9-icue
        xaapi
        xact-backup
        xadmin
        xandros-cms
        xap-ha
        xbox
        xcap-control
        xcap-portal
        xcompute
        xdas
        xdmcp
        xds
        xdsxdm
        xdtp
        xecp-node
        xfer
        xfr
        xgrid
        xic
        xiip
        xingcsm
        xingmpeg
        xinuexpansion1
        xinuexpansion2
        xinuexpansion3
        xinuexpansion4
        xinupageserver
        xiostatus
        xk22
        xkotodrcp
        xmapi
        xmcp
        xmlblaster
        xmlink-connect
        xmlrpc-beep
        xmltec-xmlmail
        xmms2
        xmpcr-interface
        xmpp-bosh
        xmpp-client
        xmpp-server
        xmpv7
        xmquery
        xmsg
        xnds
        xnm-clear-text
        xnm-ssl
        xnmp
        xns-auth
        xns-ch
        xns-courier
        xns-mail
        xns-time
        xo-wave
        xoms
        xoraya
        xpanel
        xpilot
        xpl
        xplat-replicate
        xpra
        xprint-server
        xprtld
        xqosd
        xribs
        xrl
        xrpc-registry
        xrpl
        xs-openstorage
        xserveraid
        xsmsvc
        xss-port
        xss-srv-port
        xsync
        xtgui
        xtlserv
        xtreamx
        xtrm
        xtrms
        xvttp
        xxnetserver
        xybrid-cloud
        xybrid-rt
        xycstatus
        xyplex-mux
        yawn
        yo-main
        z-wave
        z-wave-s
        z-wave-tunnel
        z39-50
        zabbix-agent
        zabbix-trapper
        zannet
        zarkov
        zen-pawn
        zenginkyo-1
        zenginkyo-2
        zented
        zep
        zephyr-clt
        zephyr-hm
        zephyr-srv
        zicom
        zieto-sock
        zigbee-ip
        zigbee-ips
        zion-lm
        zixi-transport
        zmp
        zoomcp
        zre-disc
        zsecure
        zserv
        zymed-zpp
        """
        static let descriptionCount = 5378
        /// IANA's descriptions, sorted, one a line; 0xFFFF in a description index means none.
        static let packedDescriptions: StaticString = """
        .vantronix Management
        1Ci Server Management
        2Wire CSS
        2Wire RPC
        2ping Bi-Directional Ping Service
        3COM Net Management
        3COM-TSMUX
        3Com AMP3
        3Com FAX RPC port
        3Com Net Management
        3Com Network Jack Port 1
        3Com Network Jack Port 2
        3Com WebView
        3GPP Cell Broadcast Service Protocol
        3Link Negotiation
        3PAR Event Reporting Service
        3PAR Inform Remote Copy
        3PAR Management Service
        3PAR Management Service with SSL
        3eTI Extensible Management Protocol for OAMP
        4-TIER OPM CLI
        4-TIER OPM GW
        4Talk
        5AFE SDN Directory
        5AFE SDN Directory discovery
        9953
        A File System using TLS over a wide area network
        A Remote Network Server System
        A port for communication between a server and client for a custom backup system
        A product key authentication protocol made by CSO
        A protocol for managing license services
        A1-BS
        A1-MSC
        A10 GSLB Service
        A13-AN Interface
        A14 (AN-to-SC/MM)
        A15 (AN-to-AN)
        A16 (AN-AN)
        A17 (AN-AN)
        A21 (AN-1xBS)
        A26 (FAP-FGW)
        A27 cdma2000 RAN Management
        A3-SDUNode
        A4-SDUNode
        AAIR-Network 1
        AAIR-Network 2
        AAP
        ABACUS-REMOTE
        ABBS
        ABCvoice server port
        ABR-API (diskbridge)
        ABR-Secure Data (diskbridge)
        AC Cluster
        ACA Services
        ACAP
        ACC RAID
        ACCEL
        ACE Client Auth
        ACE Proxy
        ACE Server
        ACE Server Propagation
        ACL Manager
        ACNET Control System Protocol
        ACPLT - process automation service
        ACPTSYS
        ACR-NEMA Digital Imag. & Comm. 300
        AD Replication RPC
        ADA Control
        ADInstruments GxP Server
        ADOBE SERVER 1
        ADOBE SERVER 2
        ADS
        AED 512 Emulation Service
        AES Discovery Port
        AES-X170
        AFE Stock Channel M/C
        AFORE vNode Discovery protocol
        AFP over TCP
        AFS License Manager
        AFS/Kerberos authentication service
        AFT multiplex port
        AGENTVIEW
        AGPS Access Port
        AGRI Gateway
        AGRI Server
        AH and ESP Encapsulated in UDP packet
        AICC/CMI
        AIMPP Hello
        AIMPP Port Req
        AIPN LS Authentication
        AIPN LS Registration
        AIRS
        AISES
        AJA ntv4 Video System Discovery
        AK2 Product
        ALC Protocol
        ALES Query
        ALLSTORCNS
        ALMobile System Service
        ALPHA-SMS
        AMD SCHED
        AMInet
        AMP
        AMQP
        AMS
        AMS Port
        AMT
        AMT CNF PROT
        AMT-BLC-PORT
        AMT-ESD-PROT
        AMX Resource Management Suite
        AMX-AXBNET
        AMX-ICSP
        AMX-WEBADMIN
        AMX-WEBLINX
        AND License Manager
        ANSA REX Notify
        ANSA REX Trader
        ANSI C12.22 Port
        ANSI Z39.50
        ANSYS - License Manager
        ANSYS Licensing Interconnect
        ANSYS-License manager
        AODV
        APC 2160
        APC 2161
        APC 2260
        APC 3052
        APC 3506
        APC 5454
        APC 5455
        APC 5456
        APC 6547
        APC 6548
        APC 6549
        APC 7845
        APC 7846
        APC 9950
        APC 9951
        APC 9952
        APCNECMP
        APCO Project 25 Common Air Interface - UDP encapsulation
        APEX endpoint-relay service
        APEX relay-relay service
        API endpoint for search application
        APOLLO CC
        APOLLO GMS
        APOLLO Status
        APPLIANCE-CFG
        APPWORXSRV
        APplus Application Server
        APplus Service
        ARCATrust vault API
        ARCP
        ARDT
        ARDUS Control
        ARDUS Multicast
        ARDUS Multicast Transfer
        ARDUS Transfer
        ARDUS Unicast
        ARGIS DS
        ARGIS TE
        ARMCenter http Service
        ARMCenter https Service
        ARMI Server
        ARS Master
        ARS VISTA Application
        AS Server Mapper
        ASA Message Router Object Def.
        ASAM Services
        ASC Licence Manager
        ASCI-RemoteSHADOW
        ASDIS software management
        ASF Remote Management and Control Protocol
        ASF Secure Remote Management and Control Protocol
        ASG Cypress Secure Only
        ASG Event Notification Framework
        ASI
        ASIA
        ASIGRA Services
        ASIGRA Televaulting DS-Client Monitoring/Management
        ASIGRA Televaulting DS-Client Service
        ASIGRA Televaulting DS-Sleeper Service
        ASIGRA Televaulting DS-System Monitoring/Management
        ASIGRA Televaulting DS-System Service
        ASIGRA Televaulting Message Level Restore service
        ASP Coordination Protocol
        ASPROVATalk
        ASSIA CloudCheck WiFi Management System
        ASSIA CloudCheck WiFi Management keepalive
        AT+C FmiApplicationServer
        AT+C License Manager
        ATEXSSTR
        ATI SHARP Logic Engine
        ATM UHAS
        ATSC PMCP Standard
        ATSC-M/H Service Signaling Channel
        ATTUne API
        AVENUE
        AVI Systems NMS
        AVIVA SNA SERVER
        AVM USB Remote Architecture
        AWG Proxy
        AWS protocol for cloud remoting solution
        AXYS communication protocol
        Accedian Performance Measurement
        AcceleNet Control
        AcceleNet Data
        Accell/JSP Daemon Port
        Access Network
        Access Point Manager Link
        AccessBuilder
        Accord-MGC
        Accounting Protocol
        Acctopus Command Channel
        Acctopus Status
        Accuracer Database System Admin
        Accuracer Database System Server
        Acronis Backup Gateway service port
        ActNet
        Actifio C2C
        Actifio UDS Agent
        Active API Server Port
        Active Analysis Limited License Manager
        Active Directory Web Services
        Active License Server Port
        Active Memory
        Active Net Steward
        Active Print Server Port
        Active Users
        ActiveBatch Exec Agent
        ActiveBatch Job Scheduler
        ActiveSync Notifications
        Adaptec Manager
        Adaptec Remote Protocol
        Adaptive Name/Service Resolution
        Adept IP protocol
        Administration Server Access
        Administration Server Connector
        Admins LMS
        Adobe Server 3
        Adobe Server 4
        Adobe Server 5
        Adtech Test IP
        Adv Surface Mvmnt and Guidance Cont Sys
        Advanced Training System Program
        Advant License Manager
        Advantage Group Port Mgr
        Advantage Group UPS Suite
        Aegate PMR Service
        Aeolon Core Protocol
        Aequus Service
        Aequus Service Mgmt
        AeroFlight-ADs
        AeroFlight-Ret
        Aeronautical Information Service/Meteorological applications using ACARS
        Affiliate
        AgentX
        Agilent Connectivity Service
        Agilent Instrument Discovery
        Ailith management of routers
        Aionex Communication Management Engine
        Air Shot
        Air Soft Power Burst
        Air Traffic Services applications using ACARS
        Air Traffic Services applications using ATN
        Air-Ground SWIM
        Air-ground media advisory
        AirMobile IS Command Port
        Airline operational communications applications using ACARS
        Aker-cdp
        Alaris Device Discovery
        Alarm
        Alarm Clock Client
        Alarm Clock Server
        Alchemy Server
        Alcorn McBride Inc protocol used for device control
        Alias Service
        AllPeers Network
        Allied Electronics NeXGen
        Alljoyn Name Service
        Alta Analytics License Manager
        Altav Tunnel
        Alternate BSDP Service
        Alternate Service Boot
        Altova DatabaseCentral
        Altova License Management
        Altova License Management Discovery
        Amahi Anywhere
        Amanda
        Amberon PPC/PPS
        Amcom Mobile Connect
        America-Online
        AmericaOnline1
        AmericaOnline2
        AmericaOnline3
        American Printware Discovery
        American Printware IMServer Protocol
        American Printware RXServer Protocol
        American Printware RXSpooler Protocol
        Amicon FPSU-IP Remote Administration
        Amicon FPSU-IP VPN
        Amiga Envoy Network Inquiry Protocol
        Amiga Network Filesystem
        Ampify Messaging Protocol
        An advanced key-value cache and store
        Anasoft License Manager
        Anoto Rendezvous Port
        Antera FlowFusion Process Simulation
        Anthony Data
        Anti-virus Application Management Port
        Antidote Deployment Manager Service
        Anton Paar Device Administration Protocol
        Anything In Anything
        Apache Derby Replication
        Apcupsd Information Port
        Apertus Technologies Load Determination
        ApogeeX Port
        Apollo Admin Port
        Apollo Data Port
        Apollo Relay Port
        App Discovery and Access Protocol
        App Server - Admin HTTP
        App Server - Admin HTTPS
        AppGate Policy Server
        AppIQ Agent Management
        Apple Document Sharing Service
        Apple Network License Manager
        Apple Remote Access Protocol
        Apple SASL
        Apple Software Restore
        Apple UG Control
        Apple VPN Server Reporting Protocol
        Apple Wide Area Connectivity Service ICE Bootstrap
        AppleShare IP WebAdmin
        AppleTalk Echo
        AppleTalk Name Binding
        AppleTalk Routing Maintenance
        AppleTalk Unused
        AppleTalk Zone Information
        Appletalk Update-Based Routing Pro.
        ApplianceWare managment protocol
        Application Communication Interface
        Application Management Server
        Applied Parallel Research LM
        Applix ac
        Aprigo Collection Service
        AquaMinds NoteShare
        ArborText License Manager
        ArcLink over Ethernet
        Arcisdms
        AreaGuard Neo - WebServer
        Arena Server Listen
        Arepa Cas
        Arepa Raft
        Argus-Spectr security and fire-prevention systems service
        Aria
        Ariel 1
        Ariel 2
        Ariel 3
        Aries Kfinder
        Arilia Multiplexor
        Aristech text-to-speech server
        Arkivio Storage Protocol
        ArmTech Daemon
        Armagetron Advanced Game Server
        Arnet Omnilink Port
        ArrowHead Service Protocol (AHSP)
        Artifact Message Server
        Aruba Networks AP management
        Aruba eDiscovery Server
        Ascend Tunnel Management Protocol
        Ascent Capture Licensing
        Ascom IP Alarming
        Asoki SMA
        Aspen Technology License Manager
        Assuria Insider
        Assuria Log Manager
        Assyst Data Repository Service
        Astare Network PCP
        Astergate Control Service
        Astergate Discovery Service
        AstergateFax Control Service
        Astrolink Protocol
        Asymmetric Extended Route Optimization (AERO)
        At Hand MMP
        Atex Publishing License Manager
        Attachmate G32
        Attachmate ID Manager
        Attachmate S2S
        Attachmate UTS
        Audio Active Mail
        Audio Precision Apx500 API Port 1
        Audio Precision Apx500 API Port 2
        Audio+Ethernet Standard Open Protocol
        AudioFile
        AudioJuggler
        AudioScience HPI
        Auriga Router Service
        Aurora (Balaena Ltd)
        Aurora CMGR
        Authentication Service
        Authentx Service
        Auto-Graphics Cataloging
        AutoNOC Network Operations Protocol
        AutoPass licensing
        Autocue Directory Service
        Autocue Logger Protocol
        Autocue SMI Protocol
        Autocue Time Service
        Autodesk License Manager
        Autodesk NLM (FLEXlm)
        Automatically Incremental Backup
        Automation Device Configuration Protocol
        Automation Drive Interface Transport
        Automation and Control by REGULACE.ORG
        Autopac Protocol
        Autotrac ACP 245
        Auxiliary RMI Port
        Avantageb2b
        Avanti Common Data
        Avanti IP to NCPE API
        Avaya EMB Config Port
        Avenyo Server
        AvesTerra Hypergraph Transfer Protocol (HGTP)
        Avocent AuthSrv Protocol
        Avocent DS Authorization
        Avocent Install Discovery
        Avocent Proxy Protocol
        Avocent Secure Management
        Axapta Object Communication Protocol
        Axiomatic discovery protocol
        Axis WIMP Port
        Axon Control Protocol
        Axon License Manager
        Azeti Agent Service
        Aztec Distribution Port
        BB
        BBARS
        BCI Name Service
        BE Operations Request Listener
        BES Api Port
        BFD Control Protocol
        BFD Echo Protocol
        BFD Multihop Control
        BGMP
        BIAP Device Status
        BIAP Generic Alert
        BIAP-MP
        BIF identifiers resolution service
        BIND9 remote name daemon controller
        BINKP
        BIOTIC - Binary Internet of Things Interoperable Communication
        BLUELANCE
        BMC AR
        BMC CONTROL-D LDAP SERVER
        BMC Data Collection
        BMC EDV/EA
        BMC GRX
        BMC General Manager Server
        BMC JMX Port
        BMC Messaging Service
        BMC PERFORM AGENT
        BMC PERFORM MGRD
        BMC Patrol Agent
        BMC Patrol Rendezvous
        BMC Reporting
        BMC-OneKey
        BMC-PERFORM-SERVICE DAEMON
        BMC_PATROLDB
        BNT Manager
        BNet
        BOINC Client Control
        BOLDSOFT-LM
        BOSCAP
        BP Java MSVC Protocol
        BP Model Debugger
        BPCP POLL
        BPCP TRAP
        BPDBM Protocol (VERITAS NetBackup)
        BPRD Protocol (VERITAS NetBackup)
        BRE (Bridge Relay Element)
        BRVREAD
        BSQUARE-VOIP
        BT PP2 Sectrans
        BTS APPSERVER
        BTS X73 Port
        BULLANT RAP
        BULLANT SRAP
        BVEssentials HTTP API
        BZFlag game server
        Babel Routing Protocol
        Babel Routing Protocol over DTLS
        Back Burner
        Back Room Net
        BackUp and Restore Program
        Backbone for Academic Information Notification (BRAIN)
        Background File Transfer Program
        Backup Express
        Backup Express Restore Server
        Backup Express Web Server
        Backup To Neighbor
        BackupEDGE Server
        Bacula Director
        Bacula File Daemon
        Bacula Storage Daemon
        BalanceNG session table synchronization protocol
        Bandwiz System - Server
        Banyan-Net
        Barracuda Backup Protocol
        Battle.net Chat/Game Protocol
        Battle.net File Transfer Protocol
        Bazaar version control system
        BeInSync-Web
        BeInSync-sync
        Beacon Port
        Beckhoff Automation Device Specification
        Beckman Instruments, Inc.
        Beeyond
        Beeyond Media
        Berkeley rlogind with SPX auth
        Berkeley rshd with SPX auth
        Bess Peer Assessment
        Beyond Remote
        Beyond Remote Command Channel
        Bidirectional Forwarding Detection (BFD) on Link Aggregation Group (LAG) Interfaces
        Bidirectional single port remote radio VOIP and Control stream
        Bidirectional-streams Over Synchronous HTTP (BOSH)
        Billing and Accounting System Exchange
        BinTec Admin
        BinTec-CAPI
        BinTec-TAPI
        BindView-Agent
        BindView-DirectoryServer
        BindView-IS
        BindView-Query Engine
        BindView-SMCServer
        Bindery Support
        BioAPI Interworking
        BioLink Authenteon server
        Biometrics Server
        Bitfighter game server
        Bitfighter master server
        Bitforest Data Service
        Black Crow Software application logging
        Blackmagic Design Streaming Server
        Bladelogic Agent Service
        Blaze File Server
        Blockade
        Blockade BPSP
        Blockchain Identifier InFrastructure P2P
        Blocks
        Bloomberg data API
        Bloomberg feed
        Bloomberg intelligent client
        Bloomberg locator
        Bloomberg professional
        BlueView Sonar Service
        Blueberry Software License Manager
        Blwnkl Port
        BoKS Admin Private Port
        BoKS Admin Public Port
        BoKS Clntd
        BoKS Dir Server, Private Port
        BoKS Dir Server, Public Port
        BoKS Master
        BoKS Servc
        BoKS Servm
        Board M.I.T. Service
        Board M.I.T. Synchronous Collaboration
        Bolt database connection
        Bones Remote Control
        Boomerang
        Booster Ware
        Bootstrap Protocol Client
        Bootstrap Protocol Server
        Border Gateway Protocol
        Borland DSJ
        Bounzza IRC Proxy
        Box Backup Store Service
        Braille protocol
        Bridge Control
        Bridge Protocol
        BrightCore control & data transfer exchange
        Brimstone IntelSync
        Britton-Lee IDM
        Brivs! Open Extensible Protocol
        BroadCloud WIP Port
        Broadband Forum CWMP
        Broadcast Routing Protocol
        Broadcom Port
        Brocade Cluster Communication Protocol
        Brocade Virtual Router Request
        Brodos Crypto Trade Protocol
        Broker Service
        Brutus Server
        Bt device control proxy
        Btrieve port
        Buddy Draw
        BuildForge Lock Manager
        Building Automation and Control Networks
        Building operating system services wide area verified exchange
        Bull Apprise portmapper
        Bull RSF action server
        Bundle Discovery Protocol
        Business Continuity Servi
        Business protocol
        BusySync Calendar Synch. Protocol
        Bytex
        C Tech Licensing
        C&S Remote Database Port
        C&S Web Services Port
        C3
        CA AC Lang Service
        CA Access Control Web Service
        CA Administration Daemon
        CA Audit Distribution Agent
        CA Audit Distribution Server
        CA BSM Comm
        CA Connection Broker
        CA Port Multiplexer
        CA SAN Switch Management
        CA SRM Agent
        CA Storage Manager
        CA Web Access Service
        CA discovery response
        CA eTrust Common Services
        CA eTrust RPC
        CA eTrust VM Service
        CA eTrust Web Update Service
        CA-IDMS Server
        CAB Protocol
        CAC App Service Protocol
        CAC App Service Protocol Encripted
        CACI Products Company License Manager
        CAL
        CALLER9
        CAMAC equipment
        CANEX Watch System
        CAPIoverLAN
        CAPS LOGISTICS TOOLKIT - LM
        CAPWAP Control Protocol
        CAPWAP Data Protocol
        CARDAX
        CAStorProxy
        CB Server
        CBOS/IP ncapsalation port
        CCM AutoDiscover
        CCM communications port
        CCOWCMR
        CCS Software
        CCSO name server protocol
        CCSS QMessageMonitor
        CCSS QSystemMonitor
        CCTV control port
        CCWS mm conf
        CD Broker
        CDDBP
        CDID
        CDL Server
        CDN
        CDS Transfer Agent
        CECSVC
        CESD Contents Delivery Data Transfer
        CESD Contents Delivery Management
        CFDPTKT
        CFengine
        CGI StarAPI Server
        CGMS
        CGN status
        CHIPSY Machine Daemon
        CIFS
        CIMPLEX
        CINEGRFX-ELMD License Manager
        CLEVERDetect Message Service
        CMIP/TCP Agent
        CMIP/TCP Manager
        CMMdriver
        CNRP
        CNS Server Port
        COGNEX-INSIGHT
        CONNECT
        CONNLCLI
        COPS
        COPS/TLS
        CORBA IIOP
        CORBA IIOP SSL
        CORBA LOC
        CORBA Management Agent
        CORELVIDEO
        CPDI PIDAS Connection Mon
        CPL Scrambler Alarm Log
        CPL Scrambler Internal
        CPL Scrambler Logging
        CPQ-TaskSmart
        CPUDPENCAP
        CQG Net/LAN
        CQG Net/LAN 1
        CR WebSystems
        CRIP
        CRMSBITS
        CRTech NLM
        CS-Authenticate Svr Port
        CSCCFIREWALL
        CSCCREDIR
        CSCP
        CSDM
        CSDMBASE
        CSI-LFAP
        CSMS
        CSMS2
        CSNOTIFY
        CSPCLMULTI
        CSPMLockMgr
        CSREGAGENT
        CST - Configuration & Service Tracker
        CSlistener
        CSoft Prev Port
        CT Discovery Protocol
        CTDB
        CTI Program Load
        CTI Redwood
        CTI System Msg
        CTT Broker
        CTX Bridge Port
        CVMMON
        CVSup
        CXWS Operations
        CYBORG Systems
        CYTEL Message Transfer Audio and Video
        CYTEL Message Transfer Management
        Cable Port A/X
        Cabletron Management Protocol
        Cache
        Cadabra License Manager
        Cadcorp GeognoSIS
        Cadcorp GeognoSIS Administrator
        Cadence Control
        Cadis License Management
        Cadkey License Manager
        Cadkey Tablet Daemon
        Cadview-3d - streaming 3d models over the internet
        CaldSoft Backup server file transfer
        Calendar Access Protocol
        Call Logging
        CallTrax Data Port
        CallWaveIAM
        Calypso Network Access Protocol
        Camber Corporation License Management
        Cambridge Pixel SPx Display
        Cambridge Pixel SPx Reports
        Cambridge Pixel SPx Server
        CanIt Storage Manager
        Canditv Message Service
        Cano Central 0
        Cano Central 1
        Canon BJNP Port 1
        Canon BJNP Port 2
        Canon BJNP Port 3
        Canon BJNP Port 4
        Canon CAPT Port
        Canon Compact Printer Protocol Discovery
        Canon MFNP Service
        Canto RoboFlow Control
        Carbonite Server Replication Control
        CardWeb realtime device data
        CardWeb request-response I/O exchange
        Cardbox
        Cardbox HTTP
        Carrius Remote Access
        Cart O Rama
        Cartographer XMP
        Cascade Proxy
        Catalog Content Search
        Catchpole port
        CauPC Remote Control
        Cedros Fraud Detection System
        CelaTalk
        Centerline
        Ceph monitor
        Cequint City ID UI trigger
        Cerner System Management Agent
        Certificate Distribution Center
        Certificate Management and Issuing
        Channel Access 1
        Channel Access 2
        Chantry Tunnel Protocol
        Character Generator
        CharsetMGR
        Check Point Clustering
        Check Point RTM
        CheckSum License Manager
        Checkmk Monitoring Agent
        Checkout Database
        Checkpoint router monitoring
        Checkpoint router state backup
        Chevin Services
        ChildKey Control
        ChildKey Notification
        Children's hearing test/Telemedicine
        Chimera HWM
        Chipcom License Manager
        Chipper
        ChoiceView Agent
        ChoiceView Client
        Chromagrafx
        Cichlid License Manager
        CimTrak
        Cinderella Collaboration
        Cinema Graphics License Manager
        CipherPoint Config Service
        Ciphire Data Transport
        Ciphire Services
        Circle-X
        CirrosSP Workstation Communication
        Cisco Address Validation Protocol
        Cisco Cloudsec Dataplane Port Number
        Cisco EnergyWise Discovery and Command Flooding
        Cisco EnergyWise Management
        Cisco Fabric service
        Cisco IP SLAs Control Protocol
        Cisco Interbox Application Redundancy
        Cisco Line Protocol
        Cisco NetMgmt DB Ports
        Cisco Nexus Control Protocol
        Cisco Peer to Peer Distribution Protocol
        Cisco SCCP
        Cisco Stateful NAT
        Cisco TDP
        Cisco WAAS Cluster Protocol
        Cisco vPath Services Overlay
        Citcom Tracking Service
        Citrix ADMIN
        Citrix IMA
        Citrix Licensing
        Citrix MA Client
        Citrix RTMP
        Citrix StorageLink Gateway
        Citrix UPP Gateway
        Citrix Universal Printing Port
        Citrix Virtual Path
        CityNL License Management
        Classic Data Server
        Classic Line Database Server Attach
        Classic Line Database Server Remote
        Classic Line Database Server Request
        Classical Music Meta-Data Access and Enhancement
        CleanerLive remote ctrl
        Clearcase
        Cleondris DMT
        CleverView for TCP/IP Message Service
        CleverView for cTrace Message Service
        Client Connection Management and Data Exchange Service
        Client Control
        Client status info
        Clinical Context Managers
        Cloanto License Manager
        Cloanto Net 1
        Cloud Signaling Service
        CloudFlare Railgun Web Acceleration Protocol
        Cluster Disc
        Cluster Management Services
        Clutild
        CoMotion Backup Server
        CoMotion Master Server
        Coalsere CCM Port
        Coalsere CMC Port
        CockroachDB
        Code Green configuration
        CodeMeter Standard
        Codima Remote Transaction Protocol
        Cogitate, Inc.
        Cognex DataMan Management Protocol
        Cognima Replication
        Cogsys Network License Manager
        Cohesity backup agents
        Collaber Network Service
        Collaborator
        Colnod Binary Protocol
        Colubris Management Port
        ComCam IO Port
        Combox Web Access
        Comcam
        CommLinx GPRS Cube
        CommLinx GPS / AVL System
        Common ASCII Messaging Protocol
        Common Name Resolution Protocol
        Common Trace Facility
        Commtact HTTP
        Commtact HTTPS
        Communication ports for PaperStream Server services
        Communications Integrator (CI)
        Community
        Community Service
        CompX-LockView
        CompactIS Secure Tunnel
        CompactIS Tunnel
        Compaq EVM
        Compaq HTTP
        Compaq HTTPS
        Compaq RPM Agent Port
        Compaq RPM Server Port
        Compaq SCP
        Compaq WCP
        Composit Server
        Compression Process
        Compute Pool Conduit
        Compute Pool Discovery
        Compute Pool Policy
        Computer Aided Design Software Inc LM
        Computer Associates Int'l License Server
        Computer Associates network discovery protocol
        Computer Supported Telecomunication Applications
        Comtech EF-Data's Vipersat Management Protocol
        Comtech T2 NMCS
        ConComp1
        ConServR Proxy
        ConServR SSL Proxy
        ConServR file translation
        Conclave CPP
        Condor Collector Service
        Conductor test coordination protocol
        ConferenceTalk
        Configuration Cloud Service
        Configuration Port
        Configuration of motors connected to Industrial Ethernet
        Confluent License Manager
        Connect and Control Protocol for Consumer, Commercial, and Industrial Electronic Devices
        ConnectShip Progistics
        Connected Corp
        Connection between a desktop computer or server and a signature tablet to capture handwritten signatures
        Consequor Consulting Process Integration Bridge
        Conspiracy messaging
        Constrained Application Protocol (CoAP)
        Consul InSight Security
        Contact Port for AllJoyn multiplexed constrained messaging
        Contact Port for AllJoyn standard messaging
        Container Client Message Service
        Contamac ICM Service
        Content Centric Networking
        Content Server
        ContentServer
        Context Transfer Protocol
        ContinuStor Monitor Port
        Continuus
        Control Framework
        Control Plane Synchronization Protocol (SPSP)
        Control Protocol
        Control commands and responses
        ControlONE Console signaling
        Converge RPC
        Coordinated Security Service Protocol
        Coordinator Server
        Copycat database replication service
        Corel CCam
        Corel VNC Admin
        CosmoCall Universe Communications Port 1
        CosmoCall Universe Communications Port 2
        CosmoCall Universe Communications Port 3
        Cosmocall
        CouchDB
        Cray Network Semaphore server
        Cray SFS config server
        Cray Unified Resource Manager
        Creative Partner
        Creative Server
        CreativePartnr
        CreativeServer
        Cresco Controller
        Cresco Controller Discovery
        Crestron Control Port
        Crestron Secure Control Port
        Crestron Secure Terminal Port
        Crestron Terminal Port
        Crinis Heartbeat
        Cross-platform Music Multiplexing System
        Crossplatform replication protocol
        Cruise CONFIG
        Cruise DIAGS
        Cruise ENUM
        Cruise SWROUTE
        Cruise UPDATE
        Cruse Scanning System Service
        Crypto Admin
        Csoft Agent
        Csoft Plus Client
        CuillaMartin Company
        Cumulus
        Cumulus Admin Port
        Customer IXChange
        Customer Service Port
        Cutler-Hammer IT Port
        CyBro A-bus Protocol
        CyborgNet communications protocol
        Cyc
        Cylink-C
        Cymtec secure management
        Cytel License Manager
        D and V Tester Control Port
        D-Cinema Request-Response
        D-Star Routing digital voice+data for amateur radio
        D-TA SYSTEMS
        D2000 Kernel Port
        D2000 Webserver Port
        D2D Configuration Service
        D2D Data Transfer Service
        D2K DataMover 1
        D2K DataMover 2
        D2K Tapestry Client to Server
        D2K Tapestry Server to Server
        D3WinOSFI
        DAB STI-C
        DALI lighting control
        DASGIP Net Services
        DASHPAS user port
        DATEX-ASN
        DB Lite Mult-User Server
        DBDB
        DBISAM Database Server - Admin
        DBISAM Database Server - Regular
        DBStar
        DCA
        DCE endpoint resolution
        DCS
        DCS Configuration Port
        DCSL Network Backup Services
        DCTP
        DDM-Distributed File Management
        DDM-Remote DB Access Using Secure Sockets
        DDM-Remote Relational Database Access
        DEC DLM
        DEC Notes
        DECLadebug Remote Debug Protocol
        DEI-ICDA
        DELLPWRAPPKS
        DELOS Direct Messaging
        DEVBASIC
        DEY Storage Administration REST API
        DEY Storage Key Negotiation
        DFOXSERVER
        DGPF Individual Exchange
        DHCP Failover
        DHCPv6 Client
        DHCPv6 Server
        DHE port
        DI Messaging Service
        DIAGNOSE-PROC
        DIAMETER
        DIC-Aida
        DICOM
        DICOM ISCL
        DICOM TLS
        DICT
        DIGIVOTE (R) Vote-Server
        DIRECTVDATA
        DIRECWAY Tunnel Protocol
        DIRGIS
        DIXIE Protocol Specification
        DJ ILM
        DJ-ICE
        DKMessenger Protocol
        DLIP
        DLMS/COSEM
        DMAF Caster
        DMAF Server
        DMIDI
        DMOD WorkSpace
        DMTF WBEM CIM REST
        DMTF out-of-band secure web services management protocol
        DMTF out-of-band web services management protocol
        DNA
        DNA Protocol
        DNA-CML
        DNOX
        DNP
        DNS Long-Lived Queries
        DNS query-response protocol run over TLS
        DNS2Go
        DNSIX Network Level Module Audit
        DNSIX Securit Attribute Token Map
        DNSIX Session Mgt Module Audit Redir
        DO over NSSocketPort
        DOC1 License Manager
        DOCENT
        DOF Protocol Stack
        DOF Protocol Stack Multicast/Secure Transport
        DOF Secure Tunnel
        DOF Tunneling Protocol
        DOMIQ Building Automation
        DP Serve
        DP Serve Admin
        DPCP
        DPM Agent Coordinator
        DPM Communication Server
        DPSI
        DRP
        DS Expert Agent
        DS Expert Monitor
        DSL Remote Management
        DSM/SCM Target Interface
        DSMCC Channel Change Protocol
        DSMCC Config
        DSMCC Download Protocol
        DSMCC Pass-Thru Messages
        DSMCC Session Messages
        DSMETER Inter-Agent Transfer Channel
        DSSIAPI
        DTAG
        DTK
        DTN Bundle TCP CL Protocol
        DTN1
        DTP/DIA
        DTS Service Port
        DTServer Port
        DTV Channel Request
        DVB Service Discovery
        DVL Active Mail
        DVT DATA LINK
        DVT SYSTEM PORT
        DX Message Base Transport Protocol
        DX-Instrument
        DYNAMIC3D
        Data Acquisition and Control
        Data Base Server
        Data Domain Replication Service
        Data Flow Network
        Data Insurance
        Data Link Switch Read Port Number
        Data Link Switch Write Port Number
        Data Link Switching Remote Access Protocol
        Data Port
        Data Protector BURA
        Data migration facility (DMF) SOAP is a web server protocol to support remote access to DMF
        Data migration facility Manager (DMF) is a browser based interface to DMF
        DataCaptor
        DataCore Software
        DataGuardianLT
        DataLens Service
        DataRampSrv
        DataRampSrvSec
        DataReel Database Socket
        DataScaler control
        DataScaler database
        Databeam
        Databeam Corporation
        Datagram Congestion Control Protocol Encapsulation for NAT Traversal
        Datalode RMPP
        Datusorb
        Dawn
        Daylite Server
        Daylite Touch Sync
        Daytime
        Delibo
        Dell Connection
        Dell EqualLogic Host Group Management
        Dell Netmon
        Dell Remote Management
        Dell SupportAssist data center management
        Dell Web Admin 1
        Dell Web Admin 2
        Delphix Session Protocol
        Denali Server
        Descent 3
        Desk-Top Sub-Process Control Daemon
        DeskDirect Global Network
        DeskView
        Desktop DNA
        Desktop Data TCP 1
        Desktop Data TCP 2
        Desktop Data TCP 3: NESS application
        Desktop Data TCP 4: FARM product
        Desktop Data TCP 5: NewsEDGE/Web application
        Desktop Data TCP 6: COAL application
        Desktop Data UDP 3: NESS application
        Desktop Data UDP 4: FARM product
        Desktop Data UDP 5: NewsEDGE/Web application
        Desktop Data UDP 6: COAL application
        Desktop Passthru Service
        Destination Port number for PFCP
        Dev Consortium Utility
        Device Association Discovery
        Device Control Protocol
        Device Provisioning Port
        DeviceShare
        Diagnostic Data
        Diagnostic Data Control
        Diagnostics Port
        Dialog Port
        Dialpad Voice 1
        Dialpad Voice 2
        Diameter over TLS/TCP
        DiamondCentral Interface
        DiamondWave MSG Server
        DiamondWave NMS Server
        Digital Audio Access Protocol (iTunes)
        Digital Audit Daemon
        Digital Gaslight Service
        Digital Instinct DRM
        Digital Notary Protocol
        Digital Photo Access Protocol (iPhoto)
        Digital Tool Works (MIT)
        DirecPC SI
        DirecPC Video
        DirecPC-DLL
        Direct
        Direct Cable Connect Manager
        Direct End to End Secure Chat Protocol
        Direct Message Protocol
        Direct Play Server
        Direct TV Data Catalog
        Direct TV Software Updates
        Direct TV Tickers
        Direct TV Webcasting
        DirectNet IM System
        DirectPlay
        DirectPlay8
        Directory Location Service
        Directory Location Service Monitor
        DirectoryLockdown Agent
        Discard
        Discovery and Net Config
        Discovery and Retention Mgt Production
        Discovery for Client Connection Management and Data Exchange Service
        Discovery of a SCOTTY hardware codec board
        Disk to Disk replication between Actifio Clusters
        Display Support Protocol
        Display Systems Protocol
        Dist. I/O Comm. Service Data and Control
        Dist. I/O Comm. Service Group Membership
        Distinct32
        Distress and Safety Data App
        Distributed Denial-of-Service Open Threat Signaling (DOTS) Signal Channel Protocol. The service name is used to construct the SRV service names \"_dots-signal._udp\" and \"_dots-signal._tcp\" for discovering DOTS servers used to establish DOTS signal channel.
        Distributed External Object Store
        Distributed Framework Port
        Distributed Nagios Executor Service
        Distributed Network Protocol - Secure
        Distributed SCADA Networking Rendezvous Port
        Distributed Service Coordinator
        Distributed Upgrade Port
        Distributed artificial intelligence
        DoIP Data
        DoIP Discovery
        DocStor
        Docker REST API (plain text)
        Docker REST API (ssl)
        Docsvault Application Service
        Document Manager
        Document Replication
        Document Server
        Document WCF Server
        Domain Name Server
        Dossier Server
        Double-Take Management Service
        Double-Take Replication Service
        Double-Take Virtual Recovery Assistant
        DownTools Control Protocol
        DownTools Discovery Protocol
        Dr.Web Enterprise Management Service
        Dragonfly System Service
        Drive AppServer
        Drizzle database server
        Dropbox LanSync Discovery
        Dropbox LanSync Protocol
        Dual Stack MIPv6 NAT Traversal
        Dyna Access
        Dyna License Manager (Elam)
        DynamID authentication
        Dynamic DNS Tools
        Dynamic DNS Version 3
        Dynamic Device Discovery
        Dynamic IP Lookup
        Dynamic Link Exchange Protocol (DLEP)
        Dynamic Routing Information Protocol
        Dynamic Site System
        E-Color Enterprise Imager
        E-Net
        E-Port Data Service
        E-Port Message Service
        E.L.S., Event Listener Service
        EA1
        EAX MTS Server
        EBA PRISE
        EBD Server 2
        EBInSite
        ECHONET
        ECM Server port
        ECNP
        ECOVISIONG6-1
        ECweb Configuration Service
        EDB Server 1
        EDI Translation Protocol
        EDM ADM Notify
        EDM MGR Cntrl
        EDM MGR Sync
        EDM Manger
        EDM STD Notify
        EDM Stager
        EEnet communications
        EFB Application Control Interface
        EFI License Management
        EHP Backup Protocol
        EIMS ADMIN
        EIS Server port
        ELAD Protocol
        ELAN LM
        ELATELINK
        ELI - Event Logging Integration
        ELPRO V2 Protocol Tunnel
        EM7 Dynamic Updates
        EM7 Secure Communications
        EMA License Manager
        EMBL Nucleic Data Transfer
        EMC PowerPath Mgmt Service
        EMC Replication Manager Client
        EMC Replication Manager Server
        EMC SmartPackets
        EMC SmartPackets-MAPI
        EMC Virtual CAS Service
        EMC XtremSW distributed cache
        EMC XtremSW distributed config
        EMC-Documentum Content Server Product
        EMC-Gateway
        EMCADS Server Port
        EMCSYMAPIPORT
        EMFIS Control Service
        EMFIS Data Service
        EMV Virtual CAS Service Discovery
        EMWIN
        ENL
        ENL-Name
        ENPC
        ENPP
        ENTP
        EOSS
        EPCglobal Encrypted LLRP
        EPCglobal Low-Level Reader Protocol
        EPI Software Systems
        EPL Sequ Layer Protocol
        EPNSDP
        EPSON Advanced Printer Share Protocol
        EPSON Network Screen Port
        EPSON Projecter Image Transfer
        EPSON Projector Control Port
        EPT Machine Interface
        EQ3 discovery and configuration
        EQ3 firmware update
        ERP-Scale
        ESBroker
        ESC/VP.net
        ESCP
        ESIP
        ESL License Manager
        ESNM Zoning Port
        ESPeasy peer-2-peer communication
        ESRI Image Server
        ESRI Image Service
        ESRI SDE Instance
        ESRI SDE Instance Discovery
        ESRO-EMSDP V1.3
        ESSP
        ETC Control
        ETEBAC 5
        ETL Service Manager
        EVB Software Engineering License Manager
        EVTP
        EVTP-DATA
        EWALL
        EWCTSP
        EXLM Agent
        EXOconfig
        EXOline-TCP
        EXOline-UDP
        EXOnet
        EZNews Newsroom Message Service
        Eaglepoint License Manager
        Easy Flexible Internet/Multiplayer Games
        EasyEngine is CLI tool to manage WordPress Sites on Nginx server
        Echo
        Eclipse Aviation
        Edge of Reality game data
        Efficient Short Remote Operations
        Eicon Security Agent/Server
        Eicon Service Location Protocol
        Eicon X25/SNA Gateway
        Elan License Manager
        Electromed SIM port
        Electronic PegBoard
        Elektron Administration
        ElevateDB Server
        Elfiq Replication Service
        Elipse RPC Protocol
        Elm-Momentum
        Elvin Client
        Elvin Server
        Embedded Device Configuration Protocol RX
        Embedded Device Configuration Protocol TX
        Embedded Light Control Network
        Embrace Device Protocol Client
        Embrace Device Protocol Server
        Emergency Automatic Structure Lockdown System
        Emergency Message Control Service
        Emerson Extensible Control and Management Protocol
        Emerson Extensible Control and Management Protocol Data
        EminentWare DGS
        EminentWare Installer
        Emperion
        EmpowerID Communication
        Empress Software Connectivity Server 1
        Empress Software Connectivity Server 2
        Emprise License Server
        Emulex HBAnyware Remote Management
        Encap. ZigBee Packets
        Encapsulate MPLS packets in UDP tunnels with DTLS.
        Encapsulate MPLS packets in UDP tunnels.
        Encore Expedited Remote Pro.Call
        Encrypted chat and file transfer service
        Encrypted, extendable, general-purpose synchronization protocol
        End-by-Hop Transmission Protocol
        End-to-end TLS Relay Control Connection
        EndPoint Protocol
        Enhanced Trivial File Transfer Protocol
        Enterprise Engine Port
        Enterprise Security Agent
        Enterprise Security Manager
        Enterprise Security Remote Install
        Enterprise Software Products License Manager
        Enterprise Vault Services
        Enterprise Virtual Manager
        Entrust Administration Service Handler
        Entrust Key Management Service Handler
        EntrustTime
        Epicon
        Epipole File Transfer Protocol
        Epson Network Common Devi
        Equitrac Office
        Ergolight
        Ericsson Mobile Data Unit
        Ericsson Web on Air
        Erlang Port Mapper Daemon
        EssWeb Gateway
        Essbase Arbor Software
        EtherCAT Port
        EtherNet/IP I/O
        EtherNet/IP messaging
        EtherNet/IP over TLS
        Ethernet Sensor Communications Protocol
        Ethernet WS DP network
        EthoScan Service
        Etinnae Network File Service
        Eudora Set
        Event Heap Server
        Event Heap Server SSL
        Event Listener
        Event Transfer Protocol
        Event sourcing database engine with a built-in programming language
        Evidentiary Timestamp
        Evolution Game Server
        Exapt License Manager
        Exasoft IP Port
        Exbit-ESCP
        Excerpt Search
        Excerpt Search Secure
        Experimental Physics and Industrial Control System
        Expnd Maui Srvr Dscovr
        Express Pay
        Exsequi Appliance Discovery
        Extensible Automation
        Extensible Code Protocol
        Extensible Provisioning Protocol
        Eydeas XMLink Connect
        EyeLink
        EyeTV Server Port
        F-Link Client Information Service
        F-Link Client Information Service Discovery
        F5 iQuery
        FACELINK
        FAM Archive Server
        FATPIPE
        FAXstfX
        FC Fault Notification
        FCIP
        FCP
        FDT Remote Categorization Protocol
        FF Annunciation
        FF Fieldbus Message Specification
        FF LAN Redundancy Port
        FF System Management
        FINDVIATV
        FISA Service
        FJHPJP
        FJSV gssagt
        FJSVmpor
        FLORENCE
        FODMS FLIP
        FPO-FNS
        FRONET message protocol
        FS Remote Host Server
        FSC Communication Port
        FT-ROLE
        FTN Message Transfer Protocol
        FTP Software Agent System
        FTRANHC
        FTSRV
        FXP
        FXP Communication
        FXUPTP
        FXa Engine Network Port
        Facsys NTP
        Facsys Router
        FairCom Database
        Fairview Message Service
        Fast Remote Services
        Fast Security HL Server
        FastLynx
        Fatmen Server
        Faxcom Message Service
        Faximum
        Fazzt Administration
        Fazzt Point-To-Point
        Febooti Automation Workshop
        Federal Emergency Management Information System
        Federico Heinz Consultora
        FeiTian Port
        Fencing Server
        Ferrari electronic FOAM
        Fiber Patrol Alarm Service
        Fibics Remote Control Service
        Fibotrader Communications
        File System Port Map
        File System Repository Agent
        File Transfer Protocol [Control]
        File Transfer [Default Data]
        File system export of backup images
        FileLocator Remote Search Agent
        FileMaker, Inc. - Data Access Layer
        FileMaker, Inc. - HTTP Alternate (see Port 80)
        FileMaker, Inc. - Proprietary transport
        FileMaker, Inc. - Web publishing
        FileNET BPM IOR
        FileNET Component Manager
        FileNET Process Analyzer
        FileNET RMI
        FileNET Rules Engine
        FileNet BPM CORBA
        FileNet BPM WS-ReliableMessaging Client
        FileX Listening Port
        Filemaker Java Web Publishing Core
        Filemaker Java Web Publishing Core Binary
        Filenet NCH
        Filenet RPC
        Filenet TMS
        Find Identification of Network Devices
        Finger
        Fingerprint Image Transfer Protocol
        Finle License Manager
        Fintrx
        Fiorano MsgSvc
        Fiorano RtrSvc
        FireMon Revision Control
        FireScope Agent
        FireScope Management Interface
        FireScope Server
        Fireking Audit Port
        Firewall/NAT state table synchronization
        First Call 42
        FirstClass Protocol
        Fiscal Registering Protocol
        Five Across Server
        Five Across XSIP Network
        Fjmpjps
        Fjswapsnp
        Flamenco Networks Proxy
        Flash Msg
        FlashFiler
        FlashNet Remote Admin
        FleetDisplay Tracking Service
        Flexible License Manager
        Flight & Flow Info for Collaborative Env
        Flight Message Transfer Protocol
        FlowAnalyzer DisplayServer
        FlowAnalyzer UtilityServer
        FlukeServer
        Fly Object Space
        Folio Remote Server
        Foresyte-Clear
        Foresyte-Sec
        Fortisphere VM Service
        FotoG CAD interface
        Found Messaging Protocol
        Foursticks QoS Protocol
        Fox SkyTale encrypted communication
        Freeciv gameplay
        FreezeX Console Service
        FrontRow Calypso Human Interface Control Protocol
        Fujitsu App Manager
        Fujitsu Config Protocol
        Fujitsu Configuration Management Service
        Fujitsu Cooperation Port
        Fujitsu Device Control
        Fujitsu Hot Standby Protocol
        Fujitsu ICL Terminal Emulator Program A
        Fujitsu ICL Terminal Emulator Program B
        Fujitsu ICL Terminal Emulator Program C
        Fujitsu Network Enhanced Antitheft function
        Fujitsu Systems Business of America, Inc
        Fujitsu User Manager
        Funambol Mobile Push
        Funk Dialout
        Funk Software, Inc.
        Fusion Script
        Fusion-io Central Manager Service
        Futrix
        Fyre Messanger
        G-Talk
        G2 RFID Tag Telemetry Data
        G5M
        GBS SnapMail Protocol
        GBS SnapTalk Protocol
        GC Monitor
        GCM Application
        GCSP user port
        GDB Remote Debug Port
        GDOI
        GENRAD-MUX
        GER HC Standard
        GGZ Gaming Zone
        GIGA-POCKET
        GLOBECAST-ID
        GMRUpdateSERV
        GNU Generation Foundation NCP
        GNUnet
        GOG multiplayer game protocol
        GPRS Data
        GPRS SIG
        GPS Daemon request/response protocol
        GPS Data transmitted from train to ground network
        GRE-in-UDP Encapsulation
        GRE-in-UDP Encapsulation with DTLS
        GRF Server Port
        GROOVE
        GSI
        GSI FTP
        GSI dCache Access Protocol
        GSIGATEKEEPER
        GSM Interface Tap
        GSMP/ANCP
        GSS X License Verification
        GSS-API for the Oracle Remote Administration Daemon
        GTE Government Systems License Man
        GTE-SAMP
        GTP-Control Plane (3GPP)
        GTP-User Plane (3GPP)
        GV NetConfig Service
        GW Hannaway Network License Manager
        GWRTC Call Port
        GXT License Managemant
        Gadget Gate 1 Way
        Gadget Gate 2 Way
        Gadu-Gadu
        Gaia Connector Protocol
        Galaxy Network Service
        Galaxy Server
        Galaxy4D Online Game Engine
        Galaxy7 Data Tunnel
        Game Announcement and Location
        Game Connection Port
        Game Lobby
        GameGen1
        GameSmith Port
        Gamma Fetcher Server
        Gandalf License Manager
        Garmin Marine
        Gateway Access Control Protocol
        Gateway Load Balancing Pr
        Gearman Job Queue System
        GeneRic Autonomic Signaling Protocol
        Geneous
        General Parallel File System
        General Statistics Rendezvous Protocol
        Generic Network Virtualization Encapsulation (Geneve)
        Generic Notification Transport Protocol
        Generic Protocol Extension for Virtual eXtensible Local Area Network (VXLAN)
        Generic UDP Encapsulation
        Generic control plane for RPHY
        Genesis Point-to-Point Trans Net
        Genie License Manager
        Genie Protocol
        Genisar Comm Port
        Genius License Manager
        Geolocate protocol
        Gestor de Acaparamiento para Pocket PCs
        Getty Images FOCUS service
        GigE Vision Control
        Gilat Sky Surfer
        Gilat VSAT Control
        Global CD Port
        Global Maintech Stars
        Global Relay compliant instant messaging protocol
        Global Relay compliant mobile instant messaging protocol
        Global World Link
        GlobalView to Unix Shell
        GlobeCast mSync
        GoAhead FldUp
        GoToDevice Device Management
        Goldleaf License Manager
        Golem Inter-System RPC
        GoodSync Mediation Service
        Google Drive Sync
        Gopher
        GradeCam Image Processing
        Graphical Debug Server
        Graphics
        Green Hills VPN
        Grid Authentication
        Grid Authentication Alt
        Grid Engine Execution Service
        Grid Engine Qmaster Service
        Grid Friendly
        Grid Resource Information Server
        GridLAB-D User Interface
        Groove DPP
        Groove GLRPC
        GroundStar RealTime System
        Grub Server Port
        Gruber cash registry protocol
        GuardControl Exchange Protocol
        Gutters Note Exchange
        Guy-Tek Automated Update Applications
        Gwen-Sonya
        H.225.0 Annex G Signalling
        H.263 Video Streaming
        H.323 Annex E Call Control Signalling Transport
        H.323 Call Control Signalling
        H.323 Call Control Signalling Alternate
        H.323 Multicast Gatekeeper Discover
        H.323 Secure Call Control Signalling
        H.323 Unicast Gatekeeper Signaling
        H248 Binary
        H2GF W.2m Handover prot.
        HA Cluster Commands
        HA Cluster Test
        HA Cluster UDP Polling
        HA Web Konsole
        HA cluster configuration
        HA cluster general services
        HA cluster heartbeat
        HA cluster monitor
        HA cluster probing
        HAIPE Network Keying
        HAIPIS Dynamic Discovery
        HAP
        HARP
        HART-IP
        HBCI
        HDAP
        HDL Server
        HECMTL-DB
        HELLO_PORT
        HEMS
        HES-CLIP Interoperability protocol
        HFSQL Client/Server Database Engine
        HFSQL Client/Server Database Engine Manager
        HHB Gateway Control
        HHB Handheld Client
        HIP NAT-Traversal
        HIPPA Reporting Protocol
        HKS License Manager
        HL7
        HMMP Indication
        HMMP Operation
        HMS hicp port
        HNCP
        HNCP over DTLS
        HNMP
        HP 3000 NS/VT block mode telnet
        HP Device Disc
        HP Device Monitor Service
        HP Enterprise Discovery Agent
        HP I/O Backend
        HP NNM Embedded Database
        HP OpenCall bus
        HP OpenView Application Server
        HP OpenView Bus Daemon
        HP OpenView Network Path Engine Server
        HP PolicyXpert PIB Server
        HP Procurve NetManagement
        HP RIM for Files Portal Service
        HP SAN Mgmt
        HP Server
        HP SoftBench CM
        HP SoftBench Sub-Process Control
        HP Status
        HP Status and Services
        HP System Performance Metric Service
        HP VMM Agent
        HP VMM Control
        HP Virtual Machine Console Operations
        HP Virtual Machine Group Management
        HP Virtual Room Service
        HP Web Admin
        HP-HCIP-GWY
        HP-SESSMON
        HPBladeSystem Monitor Service
        HPIDSADMIN
        HPIDSAGENT
        HPOMS-CI-LSTN
        HPOMS-DPS-LSTN
        HPSS NonDCE Gateway
        HPSTGMGR
        HPSTGMGR2
        HR Device Network Configuration Service
        HR Device Network service
        HRI Interface Port
        HRPD L3T (AT-AN)
        HRPD-ITH (AT-AN)
        HS Port
        HSL StoRM
        HTCP
        HTTP Alternate
        HTTP Alternate (see port 80)
        HTTP Event Port
        HTTP RPC Ep Map
        HTTP Web Push
        HTTP binding for Performance Co-Pilot client API
        HTTPX
        HTrust API
        HaO
        Hagel DUMP
        Halcyon Network Manager
        HaloteC Instrument Network Protocol
        Hardware Control Protocol Wismar
        Hardware Terminals Discovery and Low-Level Communication Protocol
        Hardware configuration and maintenance
        Harman HControl Protocol
        Harman IQNet Port
        Hassle
        Health Polling
        Health Trap
        Heartbeat Protocol
        HeathView
        Helix Client/Server
        Hellgate London
        Here License Manager
        Herodotus Net
        Hexarc Command Language
        HeyThings Device communicate service
        HiQ License Manager
        High Criteria
        Hillr Connection Manager
        Hiperscan Identification Service
        HiveP
        HiveStor Distributed File System
        HmIP LAN Routing
        Home Portal Web Server
        Homestead Glory
        Host Name Server
        Hot Standby Router Protocol
        Hot Standby Router Protocol IPv6
        HotLink CIMple REST API
        HotU Chat
        Htuil Server for PLD2
        Hub Open Network
        Hughes Association Protocol
        Husky
        Hybrid Encryption Protocol
        Hydra RPC
        HylaFAX
        Hypack Data Aquisition
        Hyper-G
        HyperIP
        HyperSCSI Port
        Hypercom NMS
        Hypercom TPDU
        Hyperwave-ISP
        I-ZIPQD
        I/Net 2000-NPR
        I/O oriented cluster computing software
        I3 Session Manager
        IAPP (Inter Access Point Protocol)
        IAS, Inc. SmartEye NET Internet Protocol
        IAS-ADMIND
        IAS-AUTH
        IAS-Neighbor (ANRI-ANRI)
        IAS-Paging (ANRI-ANRI)
        IAS-REG
        IAS-Session (ANRI-ANRI)
        IASD
        IATP-highPri
        IATP-normalPri
        IBERIAGAMES
        IBM 3494
        IBM AURORA Performance Visualizer
        IBM Application
        IBM CICS
        IBM Db2 Client Interface - Encrypted
        IBM Dial Out
        IBM Directory Server
        IBM Directory Server SSL
        IBM Enterprise Extender SNA COS High Priority
        IBM Enterprise Extender SNA COS Low Priority
        IBM Enterprise Extender SNA COS Medium Priority
        IBM Enterprise Extender SNA COS Network Priority
        IBM Enterprise Extender SNA XID Exchange
        IBM Information Exchange
        IBM Information Management
        IBM Informix SQL Interface
        IBM Informix SQL Interface - Encrypted
        IBM LM Appl Agent
        IBM LM MT Agent
        IBM MQSeries
        IBM NetView DM/6000 Server/Client
        IBM NetView DM/6000 receive/tcp
        IBM NetView DM/6000 send/tcp
        IBM Operations Planning and Control Start
        IBM Operations Planning and Control Track
        IBM Person to Person Software
        IBM Remote Execution Starter
        IBM Remote System Console
        IBM System Resource Controller
        IBM Tivole Directory Service - NDS
        IBM Tivoli Directory Service - DCH
        IBM Tivoli Directory Service - FERRET
        IBM Tivoli Directory Service using SSL
        IBM Total Productivity Center Server
        IBM WebSphere MQ Everyplace
        IBM Wireless LAN
        IBM eServer PAP
        IBM-DB2
        IBP
        ICAD
        ICAP
        ICCRUSHMORE
        ICG Bridge Port
        ICG IP Relay Port
        ICG SWP Port
        ICL coNETion locate server
        ICL coNETion server info
        ICMPD
        ICON Discover
        ICPv2
        ICS host services
        ICSLAP
        IDA Discover Port 1
        IDA Discover Port 2
        IDCP
        IDFP
        IDP-INFOTRIEVE
        IDRS
        IDWARE Router Port
        IDXP
        IEC 60870-5-104 process control - secure
        IEC 60870-5-104 process control over IP
        IEE-QFX
        IEEE 1722 Transport Protocol for Time Sensitive Applications
        IEEE 1722.1 AVB Discovery, Enumeration, Connection management, and Control
        IEEE 802.11 WLANs WG IAPP
        IEEE MMS
        IEEE-MMS-SSL
        IETF Network Endpoint Assessment (NEA) Posture Transport Protocol over TLS (PT-TLS)
        IFSF Heartbeat Port
        IGCP
        IGMP over UDP for SSM
        IGRS
        IGo Incognito Data Port
        IIOP Name Service over TLS/SSL
        IIW Monitor User Port
        IMAP over TLS protocol
        IMGames
        IMIP
        IMIP Channels Port
        IMPRS
        INCP
        INDEX-NET
        INDEX-PC-WB
        INDIGO-VBCP
        INDIGO-VRMI
        INFOCRYPT
        INFORMER
        INGRES-NET Service
        INIServe port
        INTEL-RCI-MP
        IONA Measurement and control data
        IP Busy Lamp Field
        IP Control Systems Ltd.
        IP Fleet Broadcast
        IP Flow Info Export
        IP Multicast Traceroute
        IP Q signaling protocol
        IP Routable RocE
        IP Routable Unified Bus
        IP-PROVISION
        IPASS
        IPCD3
        IPCore.co.za GPRS
        IPD Tunneling Port
        IPDC ESG BootstrapService
        IPDR/SP
        IPH-POLICY-ADM
        IPH-POLICY-CLI
        IPOSPLANET retailing multi devices protocol
        IPP (Internet Printing Protocol)
        IPS Management Application
        IPT (ANRI-ANRI)
        IPX
        IPsec NAT-Traversal
        IPv6 Behind NAT44 CPEs
        IQ Server
        IQue Protocol
        IRC-SERV
        IRCU
        IRIS over BEEP
        IRIS over XPC
        IRIS over XPCS
        IRIS-LWZ
        IRISA
        IRTrans Control
        IRdg Post
        ISA100 GCI is a service utilizing a common interface between an ISA100 Wireless gateway and a client application
        ISC Alarm Message Service
        ISG UDA Server
        ISI Graphics Language
        ISI Industry Software IRP
        ISMA Easdaq Live
        ISMA Easdaq Test
        ISO ILL Protocol
        ISO Transport Class 2 Non-Control over TCP
        ISO-IP
        ISO-IP0
        ISO-TSAP Class 0
        ISOIPSIGPORT-1
        ISOIPSIGPORT-2
        ISP shared local data control
        ISP shared management control
        ISP shared public data control
        ISPM Manager Port
        ISPipes
        ISS Management Svcs SSL
        IT Asset Management
        IT Environmental Monitor
        ITA Agent
        ITA Manager
        ITACTIONSERVER 1
        ITACTIONSERVER 2
        ITInternet ISM Server
        ITM License Manager
        ITM-MCCS
        ITO-E GUI
        ITOSE
        ITV Port
        IUA
        IVI High-Speed LAN Instrument Protocol
        IVS Daemon
        IVS Video default
        IWB-WHITEBOARD
        IWGADTS Aircraft Housekeeping Message
        Ice Firewall Traversal Service (SSL)
        Ice Firewall Traversal Service (TCP)
        Ice Location Service (SSL)
        Ice Location Service (TCP)
        IceWall Cert Protocol
        IceWall Cert Protocol over TLS
        Icona Instant Messenging System
        Icona License System Server
        Icona Web Embedded Chat
        Identifier Tracing Protocol
        Identity Registration Protocol
        Idonix MetaNet
        Iliad-Odyssey Protocol
        Illusion Wireless MMOG
        Image Query
        Image Storage license manager 3M Company
        Image Systems Network Services
        ImagePump
        Imink Service Control
        ImmediaNet Beacon
        Imoguia Port
        Impact Mgr./PEM Gateway
        Imperfect Networks Server
        Import Document Service
        InSpider System
        InVision
        InVision AG
        Incognito Rendez-Vous
        IndX-DDS
        Indigo Home Server
        Indura Collector
        Indy Application Server
        InfiniSwitch Mgr Client
        Infinidat async replication
        Infinite Graphics License Manager
        Influence
        InfoLibria
        InfoMover
        InfoSeek
        InfoVista Server Database
        InfoVista Server Insertion
        Infobright Database Server
        Infomatryx Exchange
        Informatica PowerExchange Listener
        Informatik License Manager
        Information Distribution Protocol
        Information to query for game status
        Infoseek Search Agent
        Infotos
        Infowave Mobility Server
        Initium Labs Security and Automation Control
        Initium Labs Security and Automation Streaming
        InnoSys
        Innosys-ACL
        Inova IP Disco
        Inova LightLink Server Type 1
        Inova LightLink Server Type 2
        Inova LightLink Server Type 3
        Inova LightLink Server Type 4
        Inova LightLink Server Type 5
        Inova LightLink Server Type 6
        Insignia Solutions
        Installation Bootstrap Proto. Cli.
        Installation Bootstrap Proto. Serv.
        Instant Internet Admin
        Instant Messaging Service
        Instant Service Chat
        Instantia
        Instantiated Zero-control Messaging
        Instrument Neutral Distributed Interface
        Int. Multimedia Teleconferencing Cosortium
        Intecom Pointspan 1
        Intecom Pointspan 2
        Integra Software Management Environment
        Integrated Client Message Service
        Integrated Engineering Software
        Integrated Rcvr Control
        Integrated Setup and Install Service
        Integrity Solutions
        Integrius Secure Tunnel Protocol
        Intel Proshare Multicast
        Intel RCI
        Intel(R) AMT Redirection/TCP
        Intel(R) AMT Redirection/TLS
        Intel(R) AMT SOAP/HTTP
        Intel(R) AMT SOAP/HTTPS
        IntelliAdmin Discovery
        Intelligent Communication Protocol
        Intellistor License Manager
        Inter Library Loan
        Inter-Asterisk eXchange
        Inter-Channel Termination Protocol (ICTP) for multi-wavelength PON (Passive Optical Network) systems
        InterIntelli
        InterPathPanel
        Interaction Web
        Interactive Mail Access Protocol v3
        Interactive Mail Support Protocol
        Interactive Remote Application Pairing Protocol
        Intergraph
        Intermapper network management system
        Internet ADT Discovery Protocol
        Internet Backplane Protocol
        Internet Call Waiting
        Internet Configuration Manager
        Internet Distance Map Svc
        Internet File Synchronization Protocol
        Internet Message Access Protocol
        Internet Relay Chat Protocol
        Internet Relay Chat via TLS/SSL
        Interwise
        Interworld
        IntraIntra
        IntraSTAR
        Intrepid SSL
        Intrinsa
        Intuit Entitlement Client
        Intuit Entitlement Service and Discovery
        Intuitive Edge
        Ionix Network Monitor
        IronMail POP Proxy
        IronStorm game server
        Isogon SoftAudit
        Isolv Local Directory
        Italk Chat System
        Ivecon Server Port
        J Printer
        J-LAN-P
        J-Link TCP/IP Protocol
        JACL Message Server
        JAMCT5
        JAMCT6
        JAUGS N-G Remotec 1
        JAUGS N-G Remotec 2
        JAUS Robots
        JBoss IIOP
        JBoss IIOP/SSL
        JCP Client
        JDL Accounting LAN Service
        JDL-DBKitchen
        JDataStore
        JEOL Network Services Data Transport Protocol 1
        JEOL Network Services Data Transport Protocol 2
        JEOL Network Services Data Transport Protocol 3
        JEOL Network Services Data Transport Protocol 4
        JEOL Network Services Dynamic Discovery Protocol 1
        JEOL Network Services Dynamic Discovery Protocol 2
        JEOL Network Services Dynamic Discovery Protocol 3
        JEOL Network Services Dynamic Discovery Protocol 4
        JMACT3
        JMB-CDS 1
        JMB-CDS 2
        JMQ Daemon Port 1
        JMQ Daemon Port 2
        JOA Jewel Suite
        JSTEL
        JTAG server
        JWalkServer
        Jacobus License Manager
        Jam Link Framework
        Jam Server Port
        Janstor Secure Data
        Janstor Status
        Janus Guidewire Enterprise Discovery Service Bus
        Jargon
        Java Desktop System Configuration Agent
        Java Discovery Protocol
        Java Presentation Server
        Javascript Unit Test Environment
        JaxMP RealFlow application and protocol data
        Jaxer Manager Command Protocol
        Jaxer Web Protocol
        JediServer
        Jerand License Manager
        Jet Form Preview
        JetCmeServer Server Port
        JetVWay Client Port
        JetVWay Server Port
        JetVision Client Port
        JetVision Server Port
        Jibe EdgeBurst
        Jiiva RapidMQ Center
        Jiiva RapidMQ Registry
        Jini Discovery
        Job controller service
        Joltid
        JomaMQMonitor
        Joost Peer to Peer Protocol
        JpegMpeg Port
        Juliar Programming Language Protocol
        Juxml Replication port
        K-BLOCK
        K-PatentsSensorInformation
        K3 Software-Client
        K3 Software-Server
        KAZAA
        KDE System Guard
        KIOSK
        KIS Protocol
        KIT Messenger
        KLIO communications
        KME PRINTER TRAP PORT
        KMSControl
        KNET/VM Command/Message Protocol
        KOFAX-SVR
        KRB524
        KTI/ICAD Nameserver
        KV Agent
        KV Server
        KVM-via-IP Management Service
        KWDB Remote Communication
        Kali
        Kana
        Kar2ouche Peer location service
        Kasten Chase Pad
        KastenX Pipe
        Kentrox Protocol
        Kerberized Internet Negotiation of Keys (KINK)
        Kerberos
        Kerberos V5 FTP Control
        Kerberos V5 FTP Data
        Kerberos V5 Telnet
        Key Distribution Manager
        Key Management Interoperability Protocol
        Key Server
        Key Server for SASSAFRAS
        Key Shadow for SASSAFRAS
        Kids Watch Time Control Service
        Kingdoms Online (CraigAvenue)
        Kingfisher protocol
        Kohler Power Device Protocol
        Kollective Agent Kollective Delivery Protocol
        Kollective Agent Secure Distributed Delivery Protocol
        Konshus License Manager (FLEX)
        Kopek HTTP Head Port
        Kryptolan
        KyoceraNetDev
        L-ACOUSTICS management
        L3-HBMon
        L5NAS Parallel Channel
        LAN Surveyor
        LAN2CAN Control
        LAN2CAN Data
        LAN2CAN Discovery
        LAN900 Remote
        LANDesk Gateway
        LANDesk Management Agent (cba8)
        LANSource
        LANrev Agent
        LANrev Server
        LANsurveyor XML
        LBC Control
        LBC Measurement
        LBC Sync
        LBC Watchdog
        LDAP admin server port
        LDP
        LDS Dump Service
        LDXP
        LINK
        LIONHEAD
        LIPSinc
        LIPSinc 1
        LISA TCP Transfer Channel
        LISA UDP Transfer Channel
        LISP Control Packets
        LISP Data Packets
        LKCM Server
        LL Surfup HTTP
        LL Surfup HTTPS
        LLMNR
        LM Dta
        LM Instmgr
        LM Perfworks
        LM SServer
        LM Social Server
        LM Webwatcher
        LM-X License Manager by X-Formation
        LMDP
        LNVALARM
        LNVCONSOLE
        LNVMAILMON
        LNVMAPS
        LNVPOLLER
        LNVSTATUS
        LOCANIS G-TRACK NE Port
        LOCANIS G-TRACK Server
        LOCKSTEP
        LPAR2RRD client server communication
        LPSRecommender
        LRS NetPage
        LSA Communicator
        LSI RAID Management
        LSTP
        LUCIA Pareja Data Group
        LUTher Control Protocol
        LV Front Panel
        LVision License Manager
        LXI Event Service
        LXPRO.COM LinkTest
        LXPRO.COM LinkTest SSL
        LanMessenger
        LanSchool
        Landmark Messages
        Lanner License Manager
        Lanschool Multipoint
        Launchbird LicenseManager
        Lavenir License Manager
        LeCroy VICP
        Leap of Faith Research License Manager
        LeeCO POS Server Service
        Legent Corporation
        Lenbrook Service Discovery Protocol
        Leonardo over IP
        Libelle EnterpriseBus
        Libelle EnterpriseBus discovery
        License Server Console
        License Validation
        Licklider Transmission Protocol
        LiebDevMgmt_A
        LiebDevMgmt_C
        LiebDevMgmt_DM
        LifeKeeper Communications
        Light packets transfer protocol
        Lighting Management Control System
        Lightweight Directory Access Protocol
        Limner Pressure
        LinX
        Link Management Protocol (LMP)
        LinoGrid Engine
        LispWorks ORB
        ListCREATOR Port
        ListCREATOR Port 2
        ListMGR Port
        ListProcessor
        Listen port used by the Octopus Deploy Tentacle deployment agent
        Listen port used for Inedo agent communication
        Live Vault Admin Event Notification
        Live Vault Authentication
        Live Vault Fast Object Transfer
        Live Vault Job Control
        Live Vault Remote Diagnostic Console Support
        LiveStats
        Load Balance Forwarding
        Load Balance Management
        Load Report Protocol
        Local Download Sharing Service
        Local Link Name Resolution
        Local area discovery and messaging over ZeroMQ
        LocalInfoSrvr
        Localisation access
        Location Message Service
        Location Tracking Protocol
        Locus Discovery
        Locus PC-Interface Conn Server
        Locus PC-Interface Net Map Ser
        Log On America Probe
        Log Request Listener
        LogCabin storage service
        Logical Domains Management Interface
        Logical Domains Migration
        Login Host Protocol (TACACS)
        LonTalk normal
        LonTalk urgent
        LonWorks
        LonWorks2
        Lone Wolf Systems License Manager
        Lookup dict server
        Loophole Test Protocol
        Loreji Webhosting Panel
        Lorica inside facing
        Lorica inside facing (SSL)
        Lorica outside facing
        Lorica outside facing (SSL)
        Lot105 DSuper Updates
        Lotus Mail Tracking Agent Protocol
        Lotus Note
        Luminizer Manager
        LysKOM Protocol A
        M-Files Server
        M2PA
        M2UA
        M2m Services
        M3DA Discovery is used for efficient machine-to-machine communications
        M3DA is used for efficient machine-to-machine communications
        M3UA
        MADCAP
        MAILQ
        MANET Protocols
        MAPPER TCP/IP server
        MAPPER network node manager
        MAPPER workstation server
        MARKEM Auto-Discovery
        MARKEM NEXTGEN DCP
        MASC
        MATIP Type A
        MATIP Type B
        MBL Remote Battery Monitoring
        MC-APPSERVER
        MC2Studios
        MCC Web Server Port
        MCER Port
        MCK-IVPIP
        MCNS Tel Ret
        MCNTP
        MCP user port
        MCPTT Off-Network Protocol (MONP)
        MCS Calypso ICF
        MCS Fastmail
        MCS Mail Server
        MCS Messaging
        MCT Market Data Feed
        MCTET Gateway
        MCTET Jserv
        MCTET Master
        MCTP
        MDAP port
        MDC Port Mapper
        MDT port
        MENTACLIENT
        MENTASERVER
        MGCS-MFP Port
        MGE UPS Management
        MGE UPS Supervision
        MGXSWITCH
        MICROMUSE-NCPW
        MIH Services
        MIKEY
        MIL-2045-47001
        MIMER
        MINIVEND
        MIPI Alliance Debug
        MIT Dover Spooler
        MIT ML Device
        MMA Comm Services
        MMA Device Discovery
        MMA EDS Service
        MNI Protected Routing
        MNP data exchange
        MNS Mail Notice Service
        MOBILE-FILE-DL
        MON
        MOS Low Priority Port
        MOS Media Object Metadata Port
        MOS Running Order Port
        MOS SOAP Default Port
        MOS SOAP Optional Port
        MPFWSAS
        MPLS LSP Self-Ping
        MPLS LSP-echo Port
        MPLS Performance Measurement out-of-band response
        MPL_GPRS_PORT
        MPM FLAGS Protocol
        MPM [default send]
        MPS Server
        MQEnterprise Agent
        MQEnterprise Broker
        MRM
        MS Cluster Net
        MS Exchange Routing
        MS FRS Replication
        MS Firewall Control
        MS Firewall Intra Array
        MS Firewall Replication
        MS Firewall SecureStorage
        MS Firewall Storage
        MS OLAP 1
        MS OLAP 2
        MS V-Worlds
        MS WBT Server
        MS-LA
        MS-Licensing
        MSDP
        MSG Authentication
        MSG ICP
        MSI Select Play
        MSICCP
        MSIMS
        MSL License Manager
        MSNP
        MSOLAP PTP2
        MSP
        MSR Plugin Port
        MSRP over TCP
        MT Port Registrator
        MT ScaleServer
        MTI VTR Emulator port
        MTI-TCS-COMM
        MTL8000 Matrix
        MUSE
        MUST Backplane
        MUST Peer to Peer
        MVS Capacity
        MX-XR RPC
        MXI Generation II for z/OS
        MXit Instant Messaging
        MYLXAMPORT
        MYNAH AutoStart
        MZAP
        MacBak
        MacOS Server Admin
        Macro 4 Network AS
        Macromedia Flash Communications Server MX
        Magaya Network Port
        Magenta Logic
        Magicom Protocol
        Magpie Binary
        Mailbox Update (MUPDATE) protocol
        Mailprox
        Main Control
        Main access port for WTMI Panel
        ManageSieve Protocol
        Management Daemon Refresh
        Management Suite Remote Control
        Management Utility
        Management of service nodes in a processing grid for thermodynamic calculations
        Manager On Network
        Manina Service Protocol
        Manufacturing Execution Systems Mesh Communication
        Manufacturing messaging protocol for factory transmission
        MapX communication
        MarTalk protocol
        Marathon Transport Protocol
        Marathon everRun Quorum Service Manager
        Marathon everRun Quorum Service Server
        Marcam License Management
        March Networks Digital Video Recorders and Enterprise Service Manager products
        Marimba Transmitter Port
        Matahari Broker
        Matisse Port Monitor
        Matrix Configuration Protocol
        Matrix Federation Protocol
        Matrix VNet Communication Protocol
        Matter Operational Discovery and Communi
        Maxim ASICs
        Maxlogic Supervisor Communication
        Maxum Services
        Maytag Shuffle
        McIDAS Data Transmission Protocol
        MeComm
        MeRegister
        MedEvolve Port Requester
        MedImage Portal
        Media Agent
        Media Central NFSD
        Media Gateway Control Protocol Call Agent
        Media Gateway Control Protocol Gateway
        Media Object Network Protocol
        MediaBox Server
        MediaSpace
        Mediat Remote Object Exchange
        Medtronic/Physio-Control LIFENET
        Meeting Maker Scheduling
        MegaRAID Server Port
        Megaco H-248
        Meier-Phelps License Server
        Meinberg Control Service
        Memory cache service
        Men & Mice Remote Control
        Men & Mice Upgrade Agent
        Men and Mice Monitoring
        Mercantile
        Mercury Discovery
        Merit DAC NASmanager
        Mesa Vista Co
        Mesh Link Establishment
        Message Bus
        Message Client
        Message Processing Module [recv]
        Message Queuing Telemetry Transport Protocol
        Message Send Protocol (historic)
        Message Server
        Message Service
        Message Submission
        Message System
        Message Tracking Query Protocol
        Messageasap
        Meta Corporation License Manager
        Meta5
        MetaAgent
        MetaConsole
        MetaEdit+ Multi-User
        MetaEdit+ Server Administration
        MetaEdit+ WebService API
        MetaSage
        MetaSoft Job Queue Administration Service
        Metagram Relay
        Metastorm
        Metasys
        Metatude Dialogue Server
        MetricaDBC
        Micro Focus Cobol
        Micro Focus Data Protector
        MicroAPL APLX
        MicroSAN
        Micromuse-ncps
        Microsoft ActiveSync Remote API
        Microsoft Alerter
        Microsoft Business Rule Engine Update Service
        Microsoft Connected Cache
        Microsoft DFS Replication Service
        Microsoft DPM Access Control Manager
        Microsoft DPM WCF Certificates
        Microsoft Delivery Optimization Peer-to-Peer
        Microsoft Desktop AirSync Protocol
        Microsoft Global Catalog
        Microsoft Global Catalog with LDAP/SSL
        Microsoft Hyper-V Live Migration
        Microsoft Identity Lifecycle Manager
        Microsoft Kernel Debugger
        Microsoft Lifecycle Manager Secure Token Service
        Microsoft Max
        Microsoft Message Que
        Microsoft OLAP
        Microsoft Operations Manager
        Microsoft RDP for virtual machines
        Microsoft Small Business
        Microsoft Threat Management Gateway SSTP
        Microsoft Windows Filesystem
        Microsoft Windows Server WSD2 Service
        Microsoft's Windows Internet Name Service
        Microsoft-DS
        Microsoft-SQL-Monitor
        Microsoft-SQL-Server
        Microtalon Communications
        Microtalon Discovery
        Midland Valley Exploration Ltd. Lic. Man.
        Midnight Technologies
        Miles Apart Jukebox Server
        Millicent Broker Server
        Millicent Client Proxy
        Millicent Vendor Gateway Server
        MindArray Systems Console Agent
        MindPrint
        MineScape Design File Server
        Minger Email Address Validation Service
        Mini SQL
        MiniPay
        MiniRem Remote Telemetry and Control
        Minilock
        Minotaur SA
        Mir-RT exchange service
        Miteksys License Manager
        MobilIP-MN
        Mobile Device Management
        Mobile P2P Service
        Mobile Wnn
        Mobile-C Communications
        MobileAnalyzer& MobileMonitor
        MobileIP-Agent
        Mobility XE Protocol
        Modbus Application Protocol
        Modbus Application Protocol Secure
        Model Railway Interface Program
        Model Railway control using the CBUS message protocol
        Moldflow License Manager
        Mondex
        Monetra
        Monetra Administrative Access
        Mongo database system
        MonkeyCom
        Montage License Manager
        MortgageWare
        MosaixCC
        Moshe Beeri
        Motorola Solutions Customer Programming Software for Radio Management
        Motorola Solutions Customer Programming Software for Radio Management Discovery
        Movaz SSC
        Moy Corporation
        Mp Sys Rmsvr
        MpIdcAgt
        MpIdcMgr
        Mphlpdmc
        Mugginsoft Script Server Service
        Mulberry Connect Reporting Service
        Multi Protocol Trans. Net.
        Multi-Platform Remote Management for Cloud Infrastructure
        Multicast DNS
        Multicast DNS Responder IPC
        Multicast Event
        Multicast FTP
        Multicast Ping Protocol
        Multichannel real-time lighting control
        Multiling HTTP
        Multiple Listing Service Network
        Multiple Purpose, Distributed Message Bus
        Multipuesto Msg Port
        Multum Service Manager
        Munin Graphing Framework
        Murray
        Musiconline
        MyCTS server port
        MySQL
        MySQL Cluster Manager
        MySQL Cluster Manager Agent
        MySQL Database Extended Interface
        MySQL Instance Manager
        MySQL Proxy
        Myrtle
        N1-FWP
        N1-RMGMT
        N2H2 Filter Service Port
        NAAP
        NAMP
        NAS-Metering
        NATI DSTP
        NATI Vi Server
        NATI-ServiceLocator
        NATUS LINK
        NBX AU
        NBX CC
        NBX DIR
        NBX SER
        NC Config Port
        NCD Mirroring
        NCDLoadBalance
        NCL
        NCP
        NCR CCL
        NDL TCP-OSI Gateway
        NDL-AHP-SVC
        NDM-AGENT-PORT
        NDNP
        NDSAUTH
        NDSP
        NDS_SSO
        NDTP
        NEC Corporation
        NEC RaidPlus
        NECP
        NEI management port
        NEON 24X7 Mission Control
        NET ASPI
        NETATTACHSDMP
        NETBIOS Datagram Service
        NETBIOS Name Service
        NETBIOS Session Service
        NETCONF Call Home (SSH)
        NETCONF Call Home (TLS)
        NETCONF for SOAP over BEEP
        NETCONF for SOAP over HTTPS
        NETCONF over BEEP
        NETCONF over SSH
        NETCONF over TLS
        NETML
        NETOPS-BROKER
        NETPLAN
        NETRISK
        NETSC
        NETX Agent
        NETX Server
        NFS mount protocol
        NHCI status port
        NIC Host Name Server
        NICELink
        NIFTY-Serve HMI protocol
        NILinkAnalyst
        NIM Service Handler
        NIM_VDRShell
        NIM_WAN
        NIMsh Auxiliary Port
        NIObserver
        NIProbe
        NJENET using SSL
        NLG Data Service
        NMAP
        NMAS over IP
        NMEA OneNet multicast messaging
        NMEA-0183 Navigational Data
        NMS Server
        NMS-DPNSS
        NMSD
        NMSig Port
        NMSigPort
        NNTP for transit servers (NNSP)
        NOAAPORT Broadcast Network
        NOTEZA Data Safety Service
        NPDS Tracker
        NS CFG Server
        NS Server
        NSC CCS
        NSC POSA
        NSS Agent Manager
        NSS Alert Manager
        NSS-Routing
        NSW User System FE
        NSWS
        NUTS Bootp Server
        NUTS Daemon
        NUXSL
        NVD
        NVD User
        NVIDIA Mgmt Protocol
        NVM Express over Fabrics storage access
        NVMe over Fabrics Discovery Service
        NX License Manager
        NXEdit
        Nagios Remote Plugin Executor
        Name Munging
        Named Data Networking
        Nani
        Narrative Media Streaming Protocol
        NattyServer Port
        NavBuddy
        NavCom Discovery and Control Port
        NavegaWeb Tarification
        Navini Port
        NavisWorks License System
        Navisphere
        Navisphere Secure
        Navtech Radar Sensor Data
        Navtech Radar Sensor Data Command
        Nebula Secure Segment Transfer Protocol
        Neighbour Identity Resolution
        Neo4j Graph Database
        Nesh Broker Port
        Nest device-to-device and device-to-service application protocol
        Net Assistant
        Net Book Mark
        Net Device
        Net Objects1
        Net Objects2
        Net Steward Control
        Net Steward Mgmt Console
        Net Support 2
        Net-Cabinet comunication
        Net-coneX Control Protocol
        NetAgent
        NetApp Intercluster Data
        NetApp Intercluster Management
        NetBackup Database
        NetBill Authorization Server
        NetBill Credential Server
        NetBill Key Repository
        NetBill Product Server
        NetBill Transaction Server
        NetBurner ID Port
        NetCelera
        NetCheque accounting
        NetClip clipboard daemon
        NetIQ End2End
        NetIQ Endpoint
        NetIQ IQCResource Managament Svc
        NetIQ Monitor Console
        NetIQ NCAP Protocol
        NetIQ Qcheck
        NetIQ VoIP Assessor
        NetLabs License Manager
        NetMike Assessor
        NetMike Assessor Administrator
        NetMike Game Administrator
        NetMike Game Server
        NetMount
        NetOnTap Service
        NetOp Remote Control
        NetOp School
        NetPort Discovery Port
        NetROCKEY6 SMART Plus Service
        NetScout Control Protocol
        NetSpeak Corp. Automatic Call Distribution
        NetSpeak Corp. Connection Services
        NetSpeak Corp. Credit Processing System
        NetSpeak Corp. Directory Services
        NetSupport
        NetUniKeyServer
        NetWare Loadable Module - Seagate Software
        NetXMS Agent
        NetXMS Management
        NetXMS Server Synchronization
        Netadmin Systems Event Handler
        Netadmin Systems Event Handler External
        Netadmin Systems MPI service
        Netadmin Systems NETscript service
        Netangel
        Netarx Netcare
        Netblox Protocol
        Netflow/IPFIX/sFlow Collector and Forwarder Management
        Netia NA-ER Port
        Netix Message Posting Protocol
        Netmo Default
        Netmo HTTP
        Netnews Administration System
        Netplay Port 1
        Netplay Port 2
        Netrix SFTM
        NettGain NMS
        Netvion Galileo Log Port
        Netvion Galileo Port
        Netvion Messenger Port
        Netwave AP Management
        Network Access Control Agent
        Network Block Device
        Network Control Unit
        Network Data Management Protocol
        Network DataMover Requester
        Network DataMover Server
        Network File Access
        Network File System (NFS) over RDMA
        Network File System - Sun Microsystems
        Network Innovations CL/1
        Network Innovations Multiplex
        Network Layer Signaling Transport Layer
        Network Log Client
        Network Log Server
        Network Magic
        Network News Transfer Protocol
        Network Paging Protocol
        Network Performance Quality Evaluation System Test Service
        Network Platform Debug Manager
        Network PostScript
        Network Printing Protocol
        Network Scanner Tool FTP
        Network Security Service
        Network Serial Extension Ports Four
        Network Serial Extension Ports One
        Network Serial Extension Ports Three
        Network Serial Extension Ports Two
        Network Software Associates
        Network Time Protocol
        Network Time Security Key Establishment
        Network UPS Tools
        Network Watcher DB Access
        Network Watcher Monitor
        Network based Rev. Cont. Sys.
        Network of Devices Client
        Network of Devices Provider
        NetworkLens Event Port
        NetworkLens SSL Event
        Networked Media Streaming Protocol
        Never Offline
        New Boundary Tech WOL
        NewOak
        NewWaveSearchables RMI
        Newbay Mobile Client Update Service
        Newgenpay Engine Service
        Newlix JSPConfig
        Newlix ServerWare Engine
        NewsEDGE client broadcast
        NewsEDGE server TCP (TCP 1)
        NewsEDGE server UDP (UDP 1)
        NewsEDGE server broadcast
        Newton Dock
        Nexenta Management GUI
        NexstorIndLtd
        NextStep Window Server
        Nexus Portal
        Niche Data Server Connect
        Nichols Research Corp.
        Nikatron Device Protocol
        Nimbus Controller
        Nimbus Gateway
        Nimbus Hub
        Nimbus Spooler
        NimbusDB Connector
        NimbusDB Control
        Nimrod Inter-Agent Communication
        Nishioka Miyuki Msg Protocol
        Nitrogen Service
        NoAdmin
        Noah Printing Service Protocol
        Node Initiated Network Association Forma
        Nokia Announcement ch 1
        Nokia Announcement ch 2
        Nomad Device Video Transfer
        Non Persistent Desktop and Application Streaming
        Norman Proprietaqry Events Protocol
        Norman distributes scanning service
        Norton Lambert
        Not Only a Routeing Protocol
        Notateit Messaging
        Notateit Messaging Discovery
        Note It! Message Service
        Notezilla.Lan Server
        Notify Server
        Novar Alarm
        Novar Data
        Novar Global
        Novastor Backup
        Novation
        Novell IPX CMD
        Novell Jetstream messaging protocol
        Novell LU6.2
        Novell NetWare Comm Service Platform
        Novell Netware over IP
        Novell Snap-in Deep Freeze Control
        Now Contact Public Server
        Now Up-to-Date Public Server
        NuFW authentication protocol
        NuFW decision delegation protocol
        NuPaper Session Service
        Nuance AutoStore Status Monitoring Protocol (data transfer)
        Nuance AutoStore Status Monitoring Protocol (device monitoring)
        Nuance AutoStore Status Monitoring Protocol (secure data transfer)
        Nuance Mobile Care Discovery
        Nuance Unity Service Discovery Protocol
        Nuance Unity Service Request Protocol
        Nuance Voice Control
        Nucleus
        Nucleus Sand Database Server
        Nuzzler Network Protocol
        O2Server Port
        OBEX
        OC Connect Client
        OC Connect Server
        OCBinder
        OCS_AMU
        OCS_CMU
        OCServer
        ODBC Pathway Service
        ODETTE-FTP
        ODETTE-FTP over TLS/SSL
        ODMR
        ODN-CasTraq
        OEM Agent
        OEM cacao JMX-remoting access point
        OEM cacao rmi registry access point
        OEM cacao web service access point
        OHM server trigger
        OI-2000
        OKI Data Network Setting Protocol
        OLHOST
        OLSR
        OMA BCAST Long-Term Key Messages
        OMA BCAST Service Guide
        OMA Dynamic Content Delivery over CBS
        OMA Internal Location Protocol
        OMA Internal Location Secure Protocol
        OMA Mobile Location Protocol
        OMA Mobile Location Protocol Secure
        OMA Roaming Location
        OMA Roaming Location SEC
        OMA UserPlane Location
        OMF data b
        OMF data h
        OMF data l
        OMF data m
        OMG Initial Refs
        OMS Contact
        OMS Topology
        OMV Investigation Agent-Server
        OMV-Investigation Server-Client
        ON RMI Registry
        OP Session Client
        OP Session Proxy
        OP Session Server
        OPC UA Connection Protocol
        OPC UA Multicast Datagram Protocol
        OPC UA TCP Protocol over TLS/SSL
        OPENQUEUE
        OPNET Dynamic Sampling Agent Transaction Protocol
        OPNET Service Management Platform
        OPSEC CVP
        OPSEC ELA
        OPSEC LEA
        OPSEC OMI
        OPSEC SAM
        OPSEC UAA
        OPSEC UFP
        OPUS Server Port
        ORTEC Service Discovery
        OSM Applet Server
        OSM Event Server
        OSU Network Monitoring System
        OTLP
        OTPatch
        OTTP
        OVALARMSRV
        OVALARMSRV-CMD
        OVRIMOSDBMAN
        OVTOPMD
        OWAMP-Control
        OWAMP-Test
        ObTools Message Protocol
        ObjectPlanet probe
        Objective Solutions DataBase Cache
        Objective Solutions License Manager
        Observium statistics collection agent
        Occupational Health SC
        Oce SNMP Trap Port
        Ocean Software License Manager
        Octopus Multiplexer
        Odeum Serverlink
        Office Link 2000
        Office Tools Pro Receive
        Okta MultiPlatform Access Mgmt for Cloud Svcs
        Old Tivoli Storage Manager
        OmniCast MFTP
        OmniSky Port
        OmniVision Communication Service
        OmniVision communication for Virtual environments
        OnBase Distributed Disk Services
        OnLive-1
        OnLive-2
        OnLive-3
        OnScreen Data Collection Service
        One Way Trip Time
        One-Wire Filesystem Server
        OneHome Remote Access
        OneHome Service Port
        OneSAF
        Online mobile multiplayer game
        Onmux
        OntoBroker
        OpCon/xps
        OpEquus Server
        Opalis Robot
        Open Business Reporting Protocol
        Open Design Listen Port
        Open Grid Services Client
        Open Grid Services Server
        Open Network Environment TLS
        Open Network Library
        Open Network Library Voice
        Open Settlement Protocol
        Open vSwitch Database protocol
        Open-Source Virtual Reality
        OpenCM Server
        OpenCORE Remote Control Service
        OpenConnect License Manager
        OpenDeploy Listener
        OpenFlow
        OpenMail CMTS Server
        OpenMail Desk Gateway server
        OpenMail NewMail Server
        OpenMail Suer Agent Layer (Secure)
        OpenMail X.500 Directory Server
        OpenMath
        OpenPGP HTTP Keyserver
        OpenRemote Controller HTTP/REST
        OpenStack ID Service
        OpenTRAC
        OpenTable
        OpenTelemetry Protocol
        OpenVAS Transfer Protocol
        OpenVPN
        OpenView DM Event Agent Manager
        OpenView DM Log Agent Manager
        OpenView DM Postmaster Manager
        OpenView DM ovc/xmpv3 api pipe
        OpenView DM rqt communication
        OpenView DM xmpv7 api pipe
        OpenView NNM daemon
        OpenView Network Node Manager WEB Server
        OpenView Service Desk Client
        OpenView Session Mgr
        OpenWebNet protocol for electric network
        OpenXDAS Wire Protocol
        Openmail User Agent Layer
        Openport
        Opensource Evolv Enterprise Platform P2P Network Node Connection Protocol
        Openview Media Vault GUI
        Operations Manager - Health Service
        Operations Manager - SDK Service
        Opsview Envoy
        Opsware Manager
        Opswise Message Service
        Optech Port1 License Manager
        OptiLogic
        Optical Domain Service Interconnect (ODSI)
        Optical Research Associates License Manager
        Optika eMedia
        Optima VNET
        Optiwave License Management
        Opto Host Port 2
        Opto Host Port 3
        Opto Host Port 4
        Opto Host Port 5
        OptoControl
        Oracle Access Protocol
        Oracle Application Server HTTPS
        Oracle Coherence Cluster Service
        Oracle Coherence Cluster discovery service
        Oracle GIOP
        Oracle GIOP SSL
        Oracle Kernel zones migration server
        Oracle Messaging Server Event Notification Service
        Oracle Net8 CMan Admin
        Oracle Net8 Cman
        Oracle OMS
        Oracle OMS non-secure
        Oracle RTC-PM port
        Oracle Remote Data Base
        Oracle SQL*NET
        Oracle Secure Backup
        Oracle TTC
        Oracle TTC SSL
        Oracle Unified Communication Suite's Indexed Search Converter
        Oracle asControl Agent
        Oracle dbControl Agent po
        Oracle iASControl
        Oracle-VP1
        Oracle-VP2
        OrbitNet Message Service
        Orbiter
        Orbix 2000 Config
        Orbix 2000 Locator
        Orbix 2000 Locator SSL
        Ordinox Dbase
        Ordinox Server
        OrigoDB Server Native Interface
        OrigoDB Server Sync Interface
        Orion
        Osmosis / Helix (R) AEEA Port
        Osorno Automation
        Outlaws
        Overlay Network Protocol
        Overlay Transport Virtualization (OTV)
        P-Net on IP local
        P-Net on IP remote
        P4P Portal Service
        P4Runtime gRPC Service
        P6R Secure Server Management Console
        PACE license server
        PADS (Public Area Display System) Server
        PAMMRATC
        PAMMRPC
        PANA Messages
        PARK AGENT
        PATROL Collector
        PATROL Internet Srv Mgr
        PC SOFT - Software factory UI/manager
        PC Telecommute
        PC Workstation Manager software
        PC over IP
        PC over IP Endpoint Management
        PCC MFP
        PCC-image-port
        PCIA RXP-B
        PCIHReq
        PCLE Multi Media
        PCMail Server
        PCP server (pmcd)
        PCP server (pmcd) proxy
        PCTTunneller
        PCsync HTTP
        PCsync HTTPS
        PD Administration
        PDA Data
        PDA Gate
        PDA System
        PDB
        PDL Data Streaming Port
        PDTP P2P
        PDnet
        PEG PRESS Server
        PERRLA User Services
        PEport
        PFTP
        PFU PR Callback
        PIM over Reliable Transport
        PIM-RP-DISC
        PIP
        PJJ Media Player
        PJJ Media Player discovery
        PK
        PK Electronics
        PKAgent
        PKIX Certificate Management using CMS (CMC)
        PKIX TimeStamp
        PKIX TimeStamp over TLS
        PKIX-3 CA/RA
        PKT-KRB-IPSec
        PL/B App Server User Port
        PL/B File Manager Port
        PLASA E1.33, Remote Device Management (RDM) controller status notifications
        PLASA E1.33, Remote Device Management (RDM) messages
        PLCY Net Services
        PLG Proxy
        PMCS applications
        PMDF Management
        PMSM Webrctl
        PN REQUESTER
        PN REQUESTER 2
        PNACONSULT-LM
        PNBSCADA
        PNRP User Port
        POLESTAR
        POP3 over TLS protocol
        POV-Ray
        POWERGEMPLUS
        PP ActivationServer
        PPS Message Service
        PQ Service
        PR Chat Server
        PR Chat User
        PR Register
        PRAT
        PRECISE-VIP
        PRISMIQ VOD plug-in
        PROCOS LM
        PROFILE Naming System
        PROFInet Context Manager
        PROFInet RT Multicast
        PROFInet RT Unicast
        PROOFD
        PROPEL-MSGSYS
        PRP
        PSC Update
        PSI Push-to-Talk Protocol
        PSSC
        PT2-DISCOVER
        PTC Name Service
        PTP Event
        PTP General
        PUSH Notification Service
        PVUNIWIEN
        PWG IPP Facsimile
        PWG WIMS
        PXC-NTFY
        PXE NetBoot Manager
        PacerForum
        Pacific Data Products
        PacketCable MTA Addr Map
        PacketCableMultimediaCOPS
        Pacmand
        Pacom Security User Port
        Pago Services 1
        Pago Services 2
        PalCom Discovery
        Palace-4
        Palace-5
        Palace-6
        Panasas rendezvous port
        Pangolin Identification
        Pangolin Laser
        PaperStream Capture Professional
        ParaTek Agent Linking
        Paradym 31 Port
        Parallel for GAUSS (tm)
        Parascale Membership Manager
        Parliant Telephony System
        Parsec Gameserver
        Parsec Masterserver
        Parsec Peer-to-Peer
        Partition Image Port
        PassGo
        PassGo Tivoli
        Password Change
        Password Distribution
        Password Generator Protocol
        Password Policy
        Path Computation Element Communication Protocol
        Patrol
        Patrol SNMP
        Patrol View
        Patrol for MQ GM
        Patrol for MQ NM
        Pay-Per-View
        PayCash Online Protocol
        PayCash Wallet-Browser
        PearlDoc XACT
        Pearson
        Pearson HTTPS
        Peer Services for BITS
        Peer to Peer Grouping
        Peer to Peer Infrastructure Configuration
        PeerBook Port
        PeerMe Msg Cmd Service
        PeerWire
        Pegasus GPS Platform
        Pegaus GPS System Control Interface
        PenTBox Secure IM Protocol
        Peovica Collector
        Peovica Controller
        Perf Analysis Workbench
        Performance Clearinghouse
        Performance Measurement and Analysis
        Periscope
        Permabit Client-Server
        Perman I Interbase Server
        Persoft Persona
        Personal Agent
        Personal Link
        PersonalOS Comm Port
        Personnel protocol
        Pervasive I*net Data Server
        Pervasive Listener
        PgBouncer
        Ph service
        Pharos
        Pharos Booking Server
        Philips Video-Conferencing
        Phlexible Network Backup Service
        Phoenix RPC
        Phonex Protocol
        Photon Relay
        Photon Relay Debug
        Photoscript Distributed Printing System
        Physical Access Control
        Pichat Server
        Pictrography
        Picture Transfer Protocol
        Ping Discovery Service
        Ping with RX/TX latency/loss split
        Pinnacle Sys InfEx Port
        Pipes Platform
        Piranha1
        Piranha2
        PixelPusher pixel data
        PktCable-COPS
        Plan 9 cpu port
        PlanetPress Suite Messeng
        Planning to send mobile terminated SMS to the specific port so that the SMS is not visible to the client
        Plato
        Plato License Manager
        PlayStation AMS (Secure)
        PlayStation2 App Port
        PlayStation2 Lobby Port
        Plex multimedia
        Pluribus
        Plus Five's MUMPS
        Policy Commander
        Policy Distribute, Update Notification
        Policy Notice Service
        Policy Server
        Policy definition and update management
        PolyServe http
        PolyServe https
        Popup Reminders Receive
        Port Control Protocol
        Port Control Protocol Multicast
        Port assignment for medical device communication in accordance to IEEE 11073-20701
        Port for Cable network related data proxy or repeater
        Port for copy discovery
        Port for copy peer sync feature
        Port used for MetalBend programmable interface
        PortGate Authentication
        Post Office Protocol - Version 2
        Post Office Protocol - Version 3
        PostgreSQL Backup
        PostgreSQL Database
        PowWow Client
        PowWow Server
        PowerAlert Network Shutdown Agent
        PowerClient Central Storage Facility
        PowerPlay Control
        PowerSchool
        PowerSysLab Electrical Management
        PreSonus Universal Control Network Protocol
        Precise I3
        Precise Sft.
        PreciseCommunication
        Precision Scribe Cnx Port
        Predatar Comms Service
        Predicted GPS
        Prelude IDS message proto
        Premier SQL Middleware Server
        Press-sense Tick Port
        Prima Server
        Primary Agent Work Notification
        Princity Agent
        Print Manager
        Print Services Interface
        PrintSoft License Server
        Printer Agent
        Printer Request Port
        Printer Status Port
        Printopia Serve
        Priority E-Com
        Prism Deploy User Port
        PrivateArk
        PrivateArk Remote Agent
        PrivateChat
        PrivateWire
        Privilege
        Privoxy HTTP proxy
        Prizma Monitoring Service
        ProAxess Server
        ProEd
        ProGrammar Enterprise
        ProQueSys Flows Service
        ProRemote
        Proactive Server
        Product Information
        Production Company Pro TCP Service
        Profile for Mac
        Projector Link
        Propel Connector port
        Propel Encoder port
        Proprietary Website deployment service
        Proprietary immutable distributed data storage
        Proshare Notebook Application
        Prospero Data Access Prot non-priv
        Prospero Data Access Protocol
        Prospero Directory Service
        Prospero Resource Manager
        Prospero Resource Manager Node Man.
        Prospero Resource Manager Sys. Man.
        Protocol for Remote Execution over TCP
        Protocol for Windows SideShow
        Proxima License Manager
        Proxy Gateway
        PubSub Realtime Telemetry Protocol
        PubliQare Distributed Environment Synchronisation Engine
        Pulsonix Network License Service
        PureNoise
        Purity replication clustering and remote management
        Put/Run/Get Protocol
        Pvx Plus CS Host
        PxPlus remote file srvr
        Pyrrho DBMS
        Q-mode encapsulation for GIST messages
        Q3ADE Cluster Service
        QB DB Dynamic Port
        QB Database Server
        QF-Test License Server
        QM video network management protocol
        QMQP
        QMTP over TLS
        QNTS-ORB
        QSC Team Coherence
        QSM GUI Service
        QSM Proxy Service
        QSM RemoteExec
        QSNet Assistant
        QSNet Conductor
        QSNet Nucleus
        QSNet Transmitter
        QSNet Workstation
        QT SERVER ADMIN
        QTMS Bootstrap Protocol
        QTP
        QUICKSUITE
        QUOSA Virtual Library Service
        QbikGDP
        Qke LLC V.3
        QoS-extended OLSR protocol
        Qpasa Agent
        Qpuncture Data Access Service
        Qpur Communication Protocol
        Qpur File Protocol
        QuBES
        Quad DB
        Quail Networks Object Broker
        QuantaStor Management Interface
        Quantapoint FLEXlm Licensing Service
        Quasar Accounting Server
        Quest Central DB2 Launchr
        Quest Common Agent
        Quest Data Hub
        Quest Notification Server
        Quest Spotlight Out-Of-Process Collector
        Quest Vista
        Quest application level network service discovery
        Queued File Transport
        Quick Eagle Networks CP
        QuickBooks RDS
        QuickObjects secure port
        Quiqum Virtual Relais
        Quote of the Day
        R&S Proxy Installation Assistant Service
        R*TIME Viewer Data Interface
        RA Administration
        RAD PDF Service
        RADEC CORP
        RADIUS
        RADIUS Accounting
        RADIUS Dynamic Authorization
        RADIX
        RADWIZ NMS SRV
        RAP
        RAQMON PDU
        RATL
        RAXA Management
        RAdmin Port
        RBackup Remote Backup
        RCC Host
        RCST
        RDA
        RDC WH EOS
        RDLAP
        RDQ Protocol Interface
        RDRMSHC
        RE-Conn-Proto
        REACHOUT
        REAL SQL Server
        REALbasic Remote Debug
        REBOL
        RECIPe
        REDSTONE-CPSS
        REFTEK
        RES Orchestration Catalog Services
        RES-SAP
        RESPONSELOGIC
        RESTCONF Call Home (TLS)
        RETS
        RETS over SSL
        RFC3692-style Experiment 1
        RFC3692-style Experiment 2
        RFID Reader Protocol 1.0
        RFIO
        RIB iTWO Application Server
        RID over HTTP/TLS
        RISO File Manager Protocol
        RKB-OSCS
        RLM Discovery Server
        RLM License Server
        RLM administrative interface
        RLZ DBase
        RMC
        RMI Activation
        RMI Registry
        RMONITOR SECURE
        RMOPAGT
        RMS Agent Listening Service
        RMT Server
        RNM
        RNRP
        ROOTD
        RPC interface for Docker Swarm
        RSF-1 clustering
        RSIP Port
        RSISYS ACCESS
        RSMTP
        RSOM
        RSVD
        RSVP Port
        RSVP Tunnel
        RSVP-ENCAPSULATION-1
        RSVP-ENCAPSULATION-2
        RTMP Port
        RTP Paging Port
        RTP control protocol
        RTP media data
        RTPS Data-Distribution Meta-Traffic
        RTPS Data-Distribution User-Traffic
        RTPS Discovery
        RTSP Alternate (see port 554)
        RTSPS
        RUSHD
        RVS ISDN DCP
        Radan HTTP
        Radiance UltraEdge Port
        Radio Control Protocol
        Radmind Access Protocol
        Radware Resource Pool Manager
        Raima RDM TFS
        Rancher Agent
        Rapid Base
        Rapido_IP
        RaveHD network control
        Raven Remote Management Control
        Raven Remote Management Data
        Raven Trinity Broker Service
        Raven Trinity Data Mover
        Raw Async Serial Link
        ReadyTech ClassManager
        ReadyTech DeviceMapper Server
        ReadyTech Helper Service
        ReadyTech LabTracker
        ReadyTech Sound Server
        ReadyTech Viewer
        Real Enterprise Service
        Real Estate Transport Protocol
        Real Secure
        Real Time Streaming Protocol (RTSP)
        Real-Time Event Port
        Real-Time Event Secure Port
        Real-time & Reliable Data
        RealSpace RMI
        Receiver Remote Control
        Receiver Remote Control Discovery
        Reconnoiter Agent Data Transport
        Red Box Recorder ADP
        Redspeed Status Monitor
        Redwood Chat
        Registration Network Protocol
        Registration Server Port
        Registry A & M Protocol
        Registry Registrar Protocol (RRP)
        Relay of EAPOL frames
        Reliable Datagram Service
        Reliable Datagram Service over IP
        Reliable Datagram Sockets
        Reliable Syslog Service
        Reliable multipath data transport for high latencies
        Relief Consulting
        Remograph License Manager
        Remote Administration Daemon (RAD) is a system service that offers secure, remote, programmatic access to Solaris system configuration and run-time state
        Remote AppleEvents/PPC Toolbox
        Remote Applicant Tracking Service
        Remote Assistant (RA)
        Remote Authenticated Command Service
        Remote Capture Protocol
        Remote Control of Scan Software for Cruse Scanners
        Remote Device Access
        Remote Framebuffer
        Remote Job Entry
        Remote Job Service
        Remote MT Protocol
        Remote Mail Checking Protocol
        Remote NI-VISA port
        Remote Port Redirector
        Remote Replication Agent Connection
        Remote Server Control and Test Service
        Remote Server Management Service
        Remote System Manager
        Remote Telnet Service
        Remote Traceroute
        Remote USB System Port
        Remote Who Is
        Remote Window Protocol
        Remote application control protocol
        Remote iTach Connection
        Remote nmap
        Remote systems monitoring
        Remote-KIS
        RemoteDeploy Administration Port [July 2003]
        RemoteWare Unassigned
        Remotely Piloted Vehicle C&C
        RepCmd
        Repliweb
        Required for Adaptive Quality of Service
        Resource Connection Initiation Protocol
        Resource Location Protocol
        Resource Manager
        Resource PKI to Router Protocol
        Resource PKI to Router Protocol over TLS
        Resource Tracking system client
        Resource Tracking system server
        ResponseNet
        Reticle Decision Center
        Retrospect backup and restore service
        Reverse Gossip Transport
        Reversion Backup/Restore
        RexecJ Server
        Rhapsody Interface Protocol
        Rib License Manager
        Ricardo North America License Manager
        Rich Content Protocol
        Ridgeway Systems & Software
        Rimage Messaging Server
        Rise: The Vieneo Province
        Riverbed Steelhead Mobile Service
        Riverbed WAN Optimization Protocol
        Roaring Penguin IP Address Reputation Collection
        Robcad, Ltd. License Manager
        Robert Bosch Data Transfer
        Robix
        Robot Framework Remote Library Interface
        Robot Raconteur transport
        Rocketeer-Houston
        Rockstorm MAG protocol
        Rockwell CSP2
        Rocrail Client Service
        Rohill TetraNode Ip Gateway v2
        Rotorcraft Communications Test System
        Route Access Protocol
        RouteMatch Com
        Routing in Fat Trees Link Information Element
        Routing in Fat Trees Topology Information Element
        RoverLog IPC
        Russell Info Sci Calendar Manager
        Russian Online Game
        RxMon
        S A Holditch & Associates - LM
        S-Ops Management
        S102 application
        S8Cargo Client Port
        SABP-Signalling Protocol
        SAC Port Id
        SACRED
        SAG Directory Server
        SAGECTLPANEL
        SAMD
        SANE Control Port
        SANavigator Peer Port
        SANity
        SANtools Diagnostic Server
        SAP Message Server
        SAPHostControl over SOAP/HTTP
        SAPHostControl over SOAP/HTTPS
        SAS Domain Management Messaging Protocol
        SAS IO Forwarding
        SAS Remote Help Server
        SASG
        SASG GPRS
        SAVANT
        SBI Agent Protocol
        SCC Security
        SCEANICS situation and action notification
        SCIENTIA-SSDB
        SCO AIP
        SCO Desktop Administration Server
        SCO System Administration Server
        SCO Web Server Manager 3
        SCO WebServer Manager
        SCO-PEER-TTA
        SCOL
        SCOTTY High-Speed Filetransfer
        SCP Configuration
        SCPI-RAW
        SCPI-TELNET
        SCSI on ST
        SCTE104 Connection
        SCTE30 Connection
        SCTP TUNNELING
        SD Client
        SD Server
        SD-CAPACITY
        SD-DATA
        SD-REQUEST
        SDBProxy
        SDL - Ent Trans Server
        SDNSKMP
        SDP Port Mapper Protocol
        SDS Admin
        SDT License Manager
        SEAGULL AIS
        SEAGULLLMS
        SEND
        SENT License Manager
        SERVERVIEW-AS
        SERVERVIEW-ASN
        SERVERVIEW-GF
        SERVERVIEW-ICC
        SERVERVIEW-RM
        SF License Manager (Sentinel)
        SF Message Service
        SFLM
        SFM Authentication Subsystem
        SFMdb - SFM DB server
        SFTU
        SGI Array Services Daemon
        SGI ESP HTTP
        SGI Eventmond Port
        SGI LK Licensing service
        SGI Storage Manager
        SGMP
        SGMP-TRAPS
        SICCT
        SICCT Service Discovery Protocol
        SILC
        SILKMETER
        SIMP Channel
        SIMS - SIIPAT Protocol for Alarm Transmission
        SIMSLink
        SIP
        SIP Directory Services
        SIP-TLS
        SImple Middlebox COnfiguration (SIMCO) Server
        SKIP Certificate Receive
        SKIP Certificate Send
        SLINKYSEARCH
        SLP Notification
        SLS Technology Control Centre
        SM-PAS-1
        SM-PAS-2
        SM-PAS-3
        SM-PAS-4
        SM-PAS-5
        SMA Speedwire
        SMAKYNET
        SMAR Ethernet Port 1
        SMAR Ethernet Port 2
        SMARTS Beacon Port
        SMC-HTTP
        SMILE TCP/UDP Interface
        SMNTUBootstrap
        SMPNAMERES
        SMPP
        SMPTE
        SMPTE Content Synchonization Protocol
        SMS CHAT
        SMS RCINFO
        SMS REMCTRL
        SMS XFER
        SMSD
        SMUX
        SNA Gateway Access Server
        SNAC
        SNAPP
        SNAPenetIO
        SNI R&D network
        SNIFFERDATA
        SNIP Slave
        SNMP
        SNMP Notification over SSH Transport Model
        SNMP over SSH Transport Model
        SNMP-DTLS
        SNMP-TLS
        SNMP-Trap-DTLS
        SNMP-Trap-TLS
        SNMPTRAP
        SNS Admin
        SNS Agent
        SNS Channels
        SNS Dispatcher
        SNS Gateway
        SNS Protocol
        SNS Query
        SNS Quote
        SNTP HEARTBEAT
        SOAP Service Port
        SOAP over BEEP
        SOCORFS
        SOCP Control Protocol
        SOCP Time Synchronization Protocol
        SOLID E ENGINE
        SONY scanning protocol
        SPACEWAY DNS Preload
        SPACEWAY Routing port
        SPAM TRAP
        SPCSDLOBBY
        SPDY for a faster web
        SPG Controls Carrier
        SPICE
        SPMP
        SPS Tunnel
        SPSS License Manager
        SQDR
        SQL Service
        SQL Services
        SQL-NET
        SRP Feedback
        SRS Send
        SSC-AGENT
        SSDP
        SSDTP
        SSE App Configuration
        SSH Tectia Manager
        SSL e-watch sitewatch server
        SSLshell
        SSO Control
        SSO Service
        SSRServerMgr
        STANAG-5066-SUBNET-INTF
        STARTRON
        STAT Command Center
        STAT Results
        STAT Scanner Control
        STATSports Broadcast Service
        STGXFWS
        STI Envision
        STMF
        STONEFALLS
        SU/MIT Telnet Gateway
        SUA
        SUBNTBCST_TFTP
        SUITCASE
        SUITJD
        SUN Remote Procedure Call
        SUPDUP
        SV Networks
        SWR Port
        SXUPTP
        SYMAX D-FENCE
        SYPECom Transport Protocol
        SYSCOMLAN
        SYSOPT
        SYserver remote commands
        Saba MS
        Safe AutoLogon
        SafetyNET p
        Sakura Script Transfer Protocol
        Sakura Script Transfer Protocol-2
        Salient Data Server
        Salient MUX
        Salient User Manager
        Salutation Manager (SLM-API)
        Salutation Manager (Salutation Protocol)
        Samsung Convergence Discovery Protocol
        Samsung Interdevice Interaction
        Samsung Interdevice Interaction discovery
        Samsung PC2FAX for Network Server
        Samsung Twain for Network Client
        Samsung Twain for Network Server
        Samsung Unidex
        Sandlab FARENET
        Sandpolis Server
        Santak UPS
        Saratoga Transfer Protocol
        Saris
        Satchwell Sigma
        Satellite-data Acquisition System 1
        Satellite-data Acquisition System 2
        Satellite-data Acquisition System 3
        Satellite-data Acquisition System 4
        Sauter Dongle
        Scalable SQL
        Scan & Change
        SccIP Media
        Scientia-SDB
        Scintilla protocol for device services
        Scito Object Server
        Scott Studios Dispatch
        ScreenCast
        ScriptView Network
        Scriptics Lsrvr
        ScsTsr
        Sculptor Database Server
        Sea View
        SeaODBC
        Seagate Manage Exec
        Seamless Bidirectional Forwarding Detection (S-BFD)
        Secondary, (non ANDI) multi-protocol multi-function interface to the Allied ANDI-based family of forecourt controllers
        SecurSight Authentication Server (SSL)
        SecurSight Certificate Valifation Service
        SecurSight Event Logging Server (SSL)
        Secure Data Replicator Protocol
        Secure Device Protocol
        Secure Electronic Transaction
        Secure ID to IP registration and lookup
        Secure ISO TP0 port
        Secure MQTT
        Secure Meeting Maker Scheduling
        Secure Network Data Management Protocol
        Secure Protocol for Windows SideShow
        Secure Radius Service
        Secure Radware Resource Pool Manager
        Secure SMPP
        Secure Server Protocol - client
        Secure UP.Link Gateway Protocol
        Secure Virtual Workspace
        Secure Web Access - 1
        Secure Web Access - 2
        Secure Web Access - 3
        Secure Web Access - 4
        SecureNotebook-CLNT
        Secured Configuration Server
        Security Encapsulation Protocol - SEP
        Security Protocol and Data Model
        Security approval process for use of the secRMM SafeCopy program
        SecurityChase
        Seismic P.O.C. Port
        Semantix
        Semaphore Connection Port
        Sender-Initiated/Unsolicited File Transfer
        Senforce Session Services
        Senomix Timesheets Client [1 year assignment]
        Senomix Timesheets Server
        Senomix Timesheets Server [1 year assignment]
        Sensor Control Unit Protocol
        Sensor Control Unit Protocol Discovery Protocol
        SentLM Srv2Srv
        Sentinel Enterprise
        Sentinel Keys Server
        Sentinel LM
        Sentinel Server
        SentinelSRM
        Sepehr System Management Control
        Sepehr System Management Data
        SerVistaITSM
        Seraph DCS
        Sercomm-SCAdmin
        Sercomm-WLink
        SerialGateway
        Server Automation Agent
        Server Find
        Server Location
        Server Message Block over Remote Direct Memory Access
        Server View dbms access
        Server for the DAI family of client-server products
        Server/Application State Protocol (SASP)
        ServerStart RemoteControl
        Service Control
        Service Insertion Architecture (SIA) Control-Plane
        Service Manager
        Service Meter
        Service Registry
        Service Registry Default Admin Domain
        Service Registry Default HTTP Domain
        Service Registry Default HTTPS Domain
        Service Registry Default IIOP Domain
        Service Registry Default IIOPAuth Domain
        Service Registry Default IIOPS Domain
        Service Registry Default JMS Domain
        Service Registry Default JMX Domain
        Service Status update (Sterling Software)
        Service Tags
        Service to distribute and update within a site deployment information for Oracle Communications Suite
        Service used by SmarDTV to communicate between a CAM and a second screen application
        Service-Oriented Vehicle Diagnostics
        Services for Air Server
        Servigistics WFM server
        Session Announcement v1
        Session Data Transport Multicast
        Session Description ID
        Session Director
        Session Traversal Utilities for NAT (STUN) port
        Shadow Backup
        ShadowStream System
        Shaper Automation Server Management
        Shaper Automation Server Management Discovery
        ShareApp
        ShipRush Database Server
        Shiva
        Shiva Hose
        Shiva Sound
        Shockwave
        Shockwave 2
        Shofar
        ShopWorX Administration
        ShowCockpit Networking
        Shrinkwrap
        Siebel NS
        Siemens AuD SCP
        Siemens GSM
        Siemens Licensing Server
        Sierra Net PC Trader
        SightLine
        SignaCert Enterprise Trust Server Agent
        Signal
        Signal protocol port for autonomic networking
        Signet CTF
        Silhouette User
        Silicon Grail License Manager
        Silver Peak Communication Protocol
        Silver Peak Peer Protocol
        Silverplatter
        SimCtIP
        Simple Distributed Objects
        Simple Distributed Objects over SSH
        Simple Distributed Objects over TLS
        Simple Extensible Multiplexed Protocol
        Simple File Transfer Protocol
        Simple Generic Client Interface Protocol
        Simple Invocation of Methods Over Network (SIMON)
        Simple Invocation of Methods Over Network (SIMON) Discovery
        Simple Mail Transfer
        Simple Network Audio Protocol
        Simple Network Paging Protocol
        Simple Peered Discovery Protocol
        Simple Policy Control Protocol
        Simple Railroad Command Protocol
        Simple Service Auto Discovery
        Simple Socket Library's PortMaster
        Simple Stacked Sequences Database
        Simple VDR Protocol
        Simple VDR Protocol Discovery
        Simplify Media SPP Protocol
        Simplify Printing TX
        Sirius Systems
        Sitara Dir
        Sitara Management
        Sitara Server
        Six Degrees Port
        SixXS Configuration
        Sky Transport Protocol
        Skynetflow network services
        Slim Devices Protocol
        Slush
        SmallChat
        Smart Corp. License Manager
        Smart Diagnose
        Smart Install Service
        SmartDialer Data Protocol
        Smartcard Port
        SmashTV Protocol
        Smith Micro Wide Area Network Service
        Smith Protocol over IP
        Snap Discovery
        SnareSecure
        Snarl Network Protocol over HTTP
        Sniffer Command Protocol
        SnifferClient
        SnifferServer
        Socalia service mux
        Social Alarm Service
        Socks
        SofTrack Metering
        SofaWare transport port 1
        SofaWare transport port 2
        SoftlinK Slave Mon Port
        Software Data Exchange Gateway
        Software Distributor Port
        Software Essentials Secure HTTP server
        Software Update Manager
        SolarWinds Orion
        Solaris Audit - secure remote audit log
        Solaris SEA Port
        SoleraTec End Point Map
        SoleraTec Locator
        Solid Mux Server
        Solve
        Sonar Data
        SoniqSync
        Sonus
        Sonus Call Signal
        Sonus Element Management Services
        Sonus Logging Services
        Sophia License Manager
        Soronti Update Port
        Sounds Virtual
        Spaceway Dialer
        SpanDataPort
        Spartan management
        Spearway Lockers
        SpecView Networking
        Spectar Data Stream Service
        Spectar Database Rights Service
        SpectraTalk Port
        SpeedTrace TraceAgent
        SpeedTrace TraceAgent Discovery
        Sphinx search server
        Sphinx search server (MySQL listener)
        Spider Remote Monitoring Protocol
        Spike Clipboard Service
        Spiralcraft Admin
        Splitlock Gateway
        Splitlock Server
        Spotlight on SQL Server Desktop Agent
        Spotlight on SQL Server Desktop Agent Discovery
        Spotlight on SQL Server Desktop Collect
        SpuGNA Communication Port
        SpyTech Phone Service
        Sruth is a service for the distribution of routinely- generated but arbitrary files based on a publish/subscribe distribution model and implemented using a peer-to-peer transport mechanism
        StageSoft CueLink discovery
        StageSoft CueLink messaging
        Standard Protocol
        Starbot
        Starfish System Admin
        Starlight Networks Multimedia Transport Protocol
        Start Messaging Network
        Start web admin server
        StatSci License Manager - 1
        StatSci License Manager - 2
        State Sync Protocol
        Stateless Transport Tunneling Protocol
        Statistics Service
        StatusD
        Steltor's calendar access
        Stock IXChange
        Stonebranch Universal Enterprise Controller
        StorMagic Cluster Services
        StorMagic Discovery
        StorMan
        StorView Client
        Storage Access Server
        Storage Controller
        Storage Management Services Protocol
        StorageOS REST API
        Storix I/O daemon (data)
        Storix I/O daemon (stat)
        Straton Runtime Programing
        StreamComm User Directory
        Streaming of measurement data
        Streamlined Blackhole
        StreetPerfect
        StressTester(tm) Injector
        Stryker Comm Port
        SuSE Meta PPPD
        Subnet Roaming
        Subversion
        Sun App Server - HTTPS
        Sun App Server - JMX/RMI
        Sun App Server - NA
        Sun App Svr - Naming
        Sun App Svr-IIOPClntAuth
        Sun AppSvr JPDA
        Sun Cluster Manager
        Sun DR
        Sun IPC server
        Sun Java Web Console JMX
        Sun License Manager
        Sun Local Patch Server
        Sun MC Group
        Sun Proxy Admin Service
        Sun SDViz DZDAEMON Port
        Sun SDViz DZOGLSERVER Port
        Sun Web Console Admin
        Sun Web Server Admin Service
        Sun Web Server SSL Admin Service
        Sun's NEO Object Request Broker
        SunCluster Geographic
        SunSCALAR DNS Service
        SunSCALAR Services
        SuperDog License Manager
        SuperDog License Manager Notifier
        SuperVault Backup
        SuperVault Cloud
        Supercell
        Supermon
        Support Automation
        SureBox
        SurfControl CPA
        Surgical Notes Security Service Discovery (SNSS)
        Surrogate Discovery Port
        Surveillance Data
        Surveillance buffering function
        Survey Instrument
        Survey Measurement
        SweetWARE Apps
        Swift Remote Virtural File Protocol
        SwiftNet
        Swith to Swith Routing Information Protocol
        SyAM Agent Port
        SyAm SMC Service Port
        Syam Web Server Port
        Sybase Anywhere
        Sybase SQL Any
        Sybase Server Monitor
        SybaseDBSynch
        Sychron Service Daemon
        Symantec Autobuild Service
        Symantec CSSC
        Symantec Fingerprint Lookup and Container Reference Service
        Symantec Integrity Checking Service
        Symantec SIM
        Symantec Storage Foundation for Database
        Symbian Service Broker
        Symbolic Computation Software Composability Protocol
        SynOptics Port Broker Port
        SynOptics SNMP Relay Port
        Synapse Non Blocking HTTP
        Synapse Non Blocking HTTPS
        Synapse Transport
        Synapsis EDGE
        Sync Server SSL
        Sync replication protocol among different NetApp platforms
        SyncServer
        SynchroNet-db
        SynchroNet-rtc
        SynchroNet-upd
        Synchromesh
        Synchronite
        Synchronization Arbiter
        Synel Data Collection Port
        Sys Scanner
        SysInfo Service Protocol
        SysOrb Monitoring Server
        Syslog over TLS
        System Monitor
        Systemics Sox
        Systemwalker Desktop Patrol
        T-Mobile Client Wakeup Message
        T-Mobile SMS Protocol Message 0
        T-Mobile SMS Protocol Message 1
        T-Mobile SMS Protocol Message 2
        T-Mobile SMS Protocol Message 3
        T.128 Gateway
        T1 Distributed Processor
        T1_E1_Over_IP
        TAC News
        TACACS-Database Service
        TAEP AS service
        TAICLOCK
        TALNET
        TAMBORA
        TAMS
        TAPPI BoxNet
        TARGUS GetData
        TARGUS GetData 1
        TARGUS GetData 2
        TARGUS GetData 3
        TASP Network Comm
        TBRPF
        TCC User HTTP Service
        TCIM Control
        TCL Pro Debugger
        TCO Address Book
        TCO Flash Agent
        TCO Reg Agent
        TCP Port Service Multiplexer
        TDAccess
        TDM OVER IP
        TDP Suite
        TEEDTAP
        TELACONSOLE
        TELINDUS
        TESLA System Messaging
        TFTP over TLS
        TGCConnect Beacon
        TIA/EIA/IS-99 modem client
        TIA/EIA/IS-99 modem server
        TIBET Data Server
        TINC
        TIP 2
        TIP Application Server
        TIP Integral
        TK Socket
        TL1
        TL1 Raw Over SSL/TLS
        TL1 over SSH
        TL1-LV
        TL1-RAW
        TL1-TELNET
        TLS-based Mobile IPv6 Security
        TMESIS-UPShot
        TMOP HL7 Message Transfer Service
        TN Timing
        TNOS Secure DiaguardProtocol
        TNOS Service Protocol
        TNOS shell Protocol
        TNP1 User Port
        TNS ADV
        TNS CML
        TNS Server
        TOAD
        TOLfab Data Change
        TOP/X
        TPC/IP requests of copy protection software to a server
        TPIP
        TPortMapperReq
        TRAM
        TRAP Port
        TRC Netpoll
        TRIM Event Service
        TRIM ICE Service
        TRIM Workgroup Service
        TRIP
        TRIPWIRE
        TRIVNET
        TSB
        TSB2
        TSCCHAT
        TSEP Installation Service Protocol
        TSILB
        TSP Automation
        TTC ETAP
        TTCM Remote Controll
        TTCs Enterprise Test Access Protocol - DS
        TTCs Enterprise Test Access Protocol - NS
        TTG Protocol
        TTL Price Proxy
        TTL Publisher
        TTNRepository
        TUNNEL
        TV NetworkVideo Data port
        TVDUM Tray Port
        TVE Announce
        TVNC Pro Multiplexing
        TW Authentication/Key Distribution and
        TWAMP-Control
        TWAMP-Test Receiver Port
        Tabula
        Tactical Auth
        Talari Reliable Protocol
        Talarian MQS
        Talarian Mcast
        Talarian_TCP
        Talarian_UDP
        Taligent License Manager
        Talika Main Server
        Talon Discovery Port
        Talon Engine
        Talon Webserver
        Tandem Distributed Workbench Facility
        Tapestry
        Tarantella
        Tarantella Load Balancing
        Tarantool in-memory computing platform
        TaskMaster 2000 Server
        TaskMaster 2000 Web
        TeamAgenda Server Port
        Technicolor LUT Access Protocol
        Telefinder
        Telenium Daemon IF
        TelepathAttack
        TelepathStart
        Telequip Labs MC3SS
        Telerate Information Platform LAN
        Telerate Information Platform WAN
        Telerate Workstation
        Telesis Network License Manager
        Tellumat MDR NMS
        Telnet
        Telnet Com Port Control
        Tempest Protocol Port
        TenFold
        Tentacle Server
        Terabase
        Teradata ORDBMS
        Teran Hybrid Routing Protocol
        Teredo Port
        TetraNode Ip Gateway
        TetriNET Protocol
        Texai Message Service
        Texar Security Port
        Texas Instruments 914C/G Terminal
        The Apsolab company's data collection protocol (native api)
        The Apsolab company's data retrieval protocol
        The Apsolab company's dynamic tag protocol
        The Apsolab company's secure data collection protocol (native api)
        The Apsolab company's secure dynamic tag protocol
        The Apsolab company's status query protocol
        The DameWare Mobile Gateway Service
        The KX509 Kerberized Certificate Issuance Protocol in Use in 2012
        The Puppet master service
        The Quick Mail Transfer Protocol
        The Secure Shell (SSH) Protocol
        The X.510 wrapper protocol
        The pacemaker remote (pcmk-remote) service extends high availability functionality outside of the Linux cluster into remote nodes.
        The protocol is used by a license server and client programs to control use of program licenses that float to networked machines
        The protocol is used by two programs that exchange \"table\" data used in the AMPL modeling language
        Theta License Manager (Rainbow)
        Thin(ium) Network Protocol
        This server provides callable services to mainframe External Security Managers from any TCP/IP platform
        ThorGuard Server Port
        ThoughtTreasure
        Threat Information Distribution Protocol
        TiBS Service
        TiVoConnect Beacon
        TiePie engineering data acquisition
        TiePie engineering data acquisition (discovery)
        Tier 2 Business Rules Manager
        Tier 2 Data Resource Manager
        Tile remote machine learning
        Timbuktu
        Timbuktu Service 1 Port
        Timbuktu Service 2 Port
        Timbuktu Service 3 Port
        Timbuktu Service 4 Port
        Time
        TimeFlies
        Timelot Port
        TimesTen Broker Port
        TinyMessage
        Tivoli NPM
        Tivoli Object Dispatcher
        Toad BI Application Server
        Tobit David Postman VPMN
        Tobit David Replica
        Tobit David Service Layer
        Tofino Security Appliance
        Toltec EasyShare
        Tomato Springs
        Tonido Domain Server
        TopFlow
        TopFlow SSL
        TopoVista elevation data
        TouchNetPlus Service
        Track
        Traffic forwarding for Okta cloud infra
        Tragic
        Train Realtime Data Protocol (TRDP) Message Data
        Train Realtime Data Protocol (TRDP) Process Data
        TransAct
        Transaction Warehouse Data Service
        Transitory Application Request Protocol
        Translattice Cluster IPC Proxy
        Transparent Inter Process Communication
        Transport Independent Convergence for FNA
        Transport Management Interface
        Transport of Human Interface Device data streams
        Trap Convention Port
        Trap Port
        Trap Port MOM
        Travsoft IPX Tunnel
        Tree Hopper Networking
        Trendchip control protocol
        Tributary
        Trident Systems Data
        Trigence AE Soap Service
        Trinity Trust Network Node Communication
        Trio Motion Control Port
        Trispen Secure Remote Access
        Tritium CAN Bus Bridge Service
        Trivial File Transfer
        Trivial IP Encryption (TrIPE)
        Trivial Network Management
        Trnsprnt Proxy
        TruckStar Service
        TrueConf Videoconference Service
        TrulyGlobal Protocol
        Trust Establish
        Trusted Web
        Trusted Web Client
        Tunnel Setup Protocol
        Tunstall Lone worker device interface
        Tunstall PNC
        TurboNote Default Port
        TurboNote Relay Server Default Port
        Turbopower Proactivate
        TvBus Messaging
        U-DBase Access Protocol
        UAAC Protocol
        UACS
        UADTC
        UDRIVE
        UF Astro. Instr. Services
        UIS
        ULP
        UMA
        UMSP
        UNBIND-CLUSTER
        UNICALL
        UNIMOBILECTRL
        UNIVERSE SUITE MESSAGE SERVICE
        UNIX Nt Glue
        UNOT
        UPNOTIFYP
        UPNOTIFYPS
        UPS Engine Port
        URBISNET
        URL Daemon Port
        URL Rendezvous Directory for SSM
        USI Content Push Service
        UTMPCD
        UTMPSD
        UTS FTP
        UUCP Path Service
        UUCP over SSL
        UUIDGEN
        Ubiquinox Daemon
        Ultimate Control communication protocol
        UltraBac Software communications port
        Ultraseek HTTP
        Ultrex
        Undo License Manager
        Unet Connection
        UniControl
        UniHub Server
        UniPort SSO Controller
        UniSQL
        UniSQL Java
        UniVision
        Unidata LDM
        Unidata UDT OS
        Unified Fabric Management Protocol
        Unified IP & Telecom Environment
        Unify
        Unify Admin
        Unify Debugger
        Unify Object Broker
        Unify Object Host
        Unify Web Adapter Service
        Uninterruptible Power Supply
        Unisys ARPs
        Unisys Audit SITP
        Unisys ClearPath ePortal
        Unisys Natural Language License Manager
        Universal Analytics
        Universal App Server
        Universal Broker
        Universal Management Architecture
        Universal Message Manager
        Universal Time daemon (utcd)
        Unix Shell to GlobalView
        Unizensus Login Server
        Updog Monitoring and Status Framework
        Upgrade Protocol
        Upsnotifyprot
        User Discovery Service
        User Management Service
        User Message Service
        UserAuthority SecureAgent
        Utilistor (Client)
        Utilistor (Server)
        V-ONE Single Port Proxy
        V5UA application port
        VACDSM-APP
        VACDSM-SWS
        VAP RealTime Messenger
        VAT default control
        VAT default data
        VCOM Tunnel
        VCS Application
        VChat Conference Service
        VCnet-Link v10
        VEMMI
        VERITAS Authentication Service
        VERITAS Authorization Service
        VERITAS BCTP, server
        VERITAS Backup Exec Server
        VERITAS ITAP DDTP
        VERITAS Information Serve
        VERITAS NetBackup
        VERITAS Private Branch Exchange
        VERITAS UNIVERSAL COMMUNICATION LAYER
        VERITAS VIS1
        VERITAS VIS2
        VFO
        VHD
        VIDS-AVTP
        VIEO Fabric Executive
        VIRTUALUSER
        VITA Radio Transport
        VLSI License Manager
        VM PWSCS
        VMNET
        VMODEM
        VMware Fault Domain Manager
        VNSSTR
        VNYX Primary Port
        VOPIED Protocol
        VPJP
        VPNz
        VPPS Via
        VPPS-QUA
        VPSIPPORT
        VQP
        VR Commerce
        VR Peripheral Network
        VRTP - ViRtue Transfer Protocol
        VRTS Registry
        VS Server
        VSAI PORT
        VSAM Redirector
        VSECONNECTOR
        VSI Admin
        VSI Omega
        VSLMP
        VSNM Agent
        VSPREAD
        VSTAT
        VSW Upstrigger port
        VTU data service
        VVR Control
        VVR DATA
        Valisys License Manager
        Valley Information Systems Weather station data
        Varadero-0
        Varadero-1
        Varadero-2
        Vatata Peer to Peer Protocol
        Vehicle to station messaging
        Velneo Application Transfer Protocol
        VeloCloud MultiPath Protocol
        Ventureforth Mobile
        Veracity
        Vergence CM
        Verimag mobile class protocol over TCP
        Verismart
        Veritas Application Director
        Veritas Authentication Port
        Veritas Cluster Server Command Server
        Veritas Network Utility
        Veritas TCP1
        Veritas Traffic Director
        Veritas Trap Server
        Veritas UDP1
        Veritas-nomdb
        Veronica
        VersaTek
        VersaTrans Server Agent Service
        Versiera Agent Listener
        Versile Object Protocol
        Vertel VMF DS
        Vertel VMF SA
        Very Simple Ctrl Protocol
        Very simple chatroom prot
        Vesa Net2Display
        Vestas Data Layer Protocol
        Vidder Tunnel Protocol
        Video Active Mail
        Videte CIPC Port
        VidiGo communication (previous was: Delta Solutions Direct)
        Vigil-IP RemoteAgent
        VinaInstall
        Vipera Messaging Service
        Vipera Messaging Service over SSL Communication
        Vipul's Razor
        Viral Computing Environment (VCE)
        Virtual Places Audio control
        Virtual Places Audio data
        Virtual Places Software
        Virtual Places Video control
        Virtual Places Video data
        Virtual Point to Point
        Virtual Presence Protocol
        Virtual Protocol Adapter
        Virtual Protocol Adapter Discovery
        Virtual Prototypes License Manager
        Virtual Racing Service
        Virtual Tape
        Virtual Time
        Virtual Token SSL Port
        Virtual eXtensible Local Area Network (VXLAN)
        Virtualized Network Services Tunnel Protocol
        Viscount Freedom Bridge Discovery
        Viscount Freedom Bridge Protocol
        Vishay PM UDP Service
        Visinet Gui
        VisionPyramid
        Visit view
        Vista 4GL
        Visual Tag System RPC
        VisualAge Pacbase server
        Vital Analysis
        VizibleBrowser
        VoFR Gateway
        Vocaltec Address Server
        Vocaltec Global Online Directory
        Vocaltec Internet Phone
        Vocaltec Server Administration
        Vocaltec Web Conference
        VoiSpeed Port
        VoiceConnect Interact
        Volley
        Vormetric Service II
        Vormetric service
        VoxelStorm game server
        Vulture Monitoring System
        VxCR NBU Default Port
        WAGO Service and Update
        WAGO-IO-SYSTEM
        WANScaler Communication Service
        WAP PUSH
        WAP PUSH SECURE
        WAP Push OTA-HTTP port
        WAP Push OTA-HTTP secure
        WAP connectionless session service
        WAP secure connectionless session service
        WAP secure session service
        WAP session service
        WAP vCal
        WAP vCal Secure
        WAP vCard
        WAP vCard Secure
        WATiLaPP
        WBEM CIM-XML (HTTP)
        WBEM CIM-XML (HTTPS)
        WBEM Export HTTPS
        WBEM RMI
        WBEM WS-Management HTTP
        WBEM WS-Management HTTP over TLS/SSL
        WEBMETHODS B2B
        WFA Device Provisioning Protocol
        WG NetForce
        WHEREHOO
        WIMSIC
        WINPort
        WKSTN-MON
        WLAN AS server
        WLBS
        WMC-log-svr
        WMS Messenger
        WORKFLOW
        WRS Registry
        WRspice IPC Service
        WS for Devices Secured
        WSDL Event Receiver
        WSICOPY
        WSO2 ESB Administration Console HTTPS
        WSO2 Tungsten HTTP
        WSO2 Tungsten HTTPS
        WSS Security Service
        WTA WSP-S
        WTA-WSP-WTP-S
        WV CSP SMS Binding
        WV CSP SMS CIR Channel
        WV CSP UDP/IP CIR Channel
        WWIOTALK
        Wag Service
        WarMUX game server
        Warehouse Monitoring Syst
        Warehouse Monitoring Syst SSS
        Warmspot Management Protocol
        WatchDog NT Protocol
        WatchGuard Endpoint Communications
        WatchMe Monitoring 7272
        Watchdoc NetPOD Protocol
        Watchdoc Server
        Watcom Debug
        Watershed License Manager
        WeFi Access Network Discovery and Selection Function
        WeatherBrief Direct
        Web Fresh Communication
        Web Objects
        Web Service Discovery
        Web Services for Devices
        Web Synchronous Services
        WebDAV Source TLS/SSL
        WebDav Source Port
        WebFilter Remote Monitor
        WebMachine
        WebMail/2
        WebSM
        WebSphere SNMP
        WebTIE
        WebYast
        Weblogin Port
        Webservices-based Zn interface of BSF
        Webservices-based Zn interface of BSF over SSL
        Wello P2P pubsub service
        Westec Connect
        WhiskerControl main port
        Who Is
        Wi-Fi Alliance Wi-Fi Display Protocol
        WiFree Service
        WiMAX ASN Control Plane Protocol
        WibuKey Standard WkLan
        Wide Area File Services
        Wildbits Tunalyzer
        Wildbits Tunatic
        Willy
        WinDD
        WinDb
        WinINSTALL IPC Port
        WinJaServer
        WinPCS Service Connection
        WinPharaoh
        Wind River Systems License Manager
        Windows Client Backup
        Windows Network Projection
        Windows Remote Management Service
        Windows WSS Communication Framework
        Winpopup LAN Messenger
        Wired
        Wireless LAN Control plane Protocol (WLCP)
        WordCruncher Remote Library Service
        Workflow Director Communication
        Workflow Server
        World Fusion 1
        World Fusion 2
        World License Manager
        World Programming analytics
        World Programming analytics discovery
        World Wide Web HTTP
        World of Warcraft
        WorldScores
        Woven Control Plane Protocol
        Wusage
        Wyrnix AIS port
        WysDM Agent
        WysDM Controller
        X Display Manager Control Protocol
        X Font Service
        X Window System
        X-Bone API
        X-Bone CTL
        X2E Xoraya Multichannel protocol
        X2E service discovery protocol
        X509 Objects Management Service
        X9 iCue Show Control
        XDS
        XFER Utility
        XFR
        XIIP
        XIO Status
        XML NM over SSL
        XML NM over TCP
        XML-RPC over BEEP
        XMPCR Interface Port
        XMPP Client Connection
        XMPP Link-Local Messaging
        XMPP Server Connection
        XNS Authentication
        XNS Clearinghouse
        XNS Mail
        XNS Time Protocol
        XO Wave Control Port
        XPanel Daemon
        XPilot Contact Port
        XQoS network monitor
        XRL
        XRPC Registry
        XSS Port
        XSS Server Port
        XYBRID Cloud
        XYBRID RT Server
        Xadmin Control Service
        Xandros Community Management Service
        Xbox game port
        Xcorpeon ASIC Carrier Ethernet Transport
        XeCP Node Service
        XenSource Management Service
        Xerox
        Xerox Network Document Scan Protocol
        Xgrid
        Xic IPC Service
        XicTools License Manager Service
        Xml-Ipc Server Reg
        Xprint Server
        Xserve RAID
        Xsync
        XtreamX Supervised Peer message
        Xyplex
        Xyratex Array Manager
        YaWN - Yet Another Windows Notifier
        Yo.net main service
        Yosemite Tech Tapeware
        Z-Wave Protocol
        Z-Wave Protocol over SSL/TLS
        Z-Wave Secure Tunnel
        Z-firm ShipRush interface for web access and bidirectional data
        ZARKOV Intelligent Agent Communication
        ZENworks Tiered Electronic Distribution
        ZICOM
        ZYMED-ZPP
        Zabbix Agent
        Zabbix Trapper
        Zannet
        Zebra server
        Zephyr hostmanager
        Zephyr serv-hm connection
        Zephyr server
        ZeroMQ file publish-subscribe protocol
        Zieto Socket Communications
        ZigBee IP Transport Secure Service
        ZigBee IP Transport Service
        Zion Software License Manager
        Zixi live video transport protocol
        Zoom Control Panel Game Server Management
        Zoran Media Port
        abcsoftware-01
        adTempus Client
        adWISE Pipe
        aes_db
        aic-oncrpc - Destiny MCD database
        aironet
        almanid Connection Endpoint
        amqp protocol over TLS/SSL
        appareNet Analysis Server
        appareNet Test Packet Sequencer
        appareNet Test Server
        appareNet User Interface
        apple quick time
        appss license manager
        apw RMI registry
        asap tcp port
        asap udp port
        asap/tls tcp port
        atlinks device discovery
        atul server
        azeti blinddate
        b-novative license server
        b2 License Server
        b2 Runtime Protocol
        basic overseer process
        better approach to mobile ad-hoc networking
        bilobit Service
        bilobit Service Update
        bitxpress
        bonjour-cuseeme
        boundary traversal
        bues_service
        bvControl Daemon
        caids sensors channel
        cajo reference discovery
        callbacks to cache managers
        campaign contribution disclosures - SDR Technologies
        cc:mail/lotus
        cd3o Control Protocol
        centrify secure RPC
        chat
        chcmd
        cichild
        cisco FNATIVE
        cisco Gateway Discovery Protocol
        cisco RSRB Priority 1 port
        cisco RSRB Priority 2 port
        cisco RSRB Priority 3 port
        cisco Remote SRB port
        cisco SNMP TCP port
        cisco STUN Priority 1 port
        cisco STUN Priority 2 port
        cisco STUN Priority 3 port
        cisco SYSMAINT
        cisco TNATIVE
        cisco X.25 service (XOT)
        cisco identification port
        cisco license management
        cisco perf port
        cisco serial tunnel port
        clearVisn Services Port
        cmd like exec, but automatic authentication is performed as for login server
        cncKadServer DB & Inventory Services
        control port for the netperf benchmark
        cs-live.com
        curry
        cvc_hostd
        dBASE Unix
        dCache Access Protocol
        data exchange protocol for IEC61850 in wind power plants
        data interchange between visual processing containers
        dbControl OMS
        decAuth
        demon
        dhanalakshmi.org EDI Service
        dhcp-failover 2
        distributed compiler
        doceri drawing service control
        doceri drawing service screen view
        dxspider linking protocol
        e Field Control (EIBnet)
        e-Builder Application Communication
        e-Design network
        e-Design web
        e-Watch Corporation SiteWatch
        eComm link port
        eGenix mxODBC Connect
        eHome Message Server
        eRunbook Agent
        eRunbook Server
        eSpeech RTP Protocol
        eSpeech Session Protocol
        eTrust Policy Compliance
        eXcE
        eXcW
        eXtensible Data Transfer Protocol
        eXtensible Messaging Client Protocol
        eZmeeting
        eZproxy
        eZrelay
        easy-soft Multiplexer
        eldim is a secure file upload proxy
        emWave Message Service
        encrypted admin requests
        enrp server channel
        errlog copy/server daemon
        error interpretation service
        etcd client communication
        etcd server to server communication
        eventACTION/ussACTION (MZCA) alert
        eventACTION/ussACTION (MZCA) server
        extended file name server
        file server itself
        fileSphere
        for emergency broadcasts
        ftp protocol, control, over TLS/SSL
        ftp protocol, data, over TLS/SSL
        gRPC Network Mgmt/Operations Interface
        gRPC Routing Information Base Interface
        gRPC for SEMI Standards implementations
        gds_db
        git pack transfer service
        gsakmp port
        hNTSP Library Manager
        heliosd daemon
        hp OVSAM HostAgent Disco
        hp OVSAM MgmtServer Disco
        hp performance data alarm manager
        hp performance data collector
        hp performance data managed node
        hpppsvr
        hpssmgmt service
        http protocol over TLS/SSL
        i-SDD file transfer
        iADT Protocol over TLS
        iAnywhere DBNS
        iBridge Conferencing
        iBridge Management
        iBus
        iConstruct Server
        iDigTech Multiplex
        iFCP User Port
        iGrid Server
        iMQ Broker Rendezvous
        iMQ SSL tunnel
        iMQ STOMP Server
        iMQ STOMP Server over SSL
        iMQ Tunnel
        iPulse-ICS
        iRDMI
        iRDMI2
        iRacing helper service
        iSCAPE Data Broadcasting
        iSCSI
        iSCSI port
        iSNS Server Port
        iSoft-P2P
        iTel Server Port
        iVocalize Web Conference
        iasControl OMS
        iba Device Configuration Protocol
        ibm manager service
        ict-control Protocol
        ife_1corp
        ingres
        inin secure messaging
        intelligent data manager
        interHDL License Manager
        ipEther232Port
        ipfix protocol over TLS
        isi-lm
        kerberos administration
        konspire2b p2p network
        krcmd
        ktickets REST API for event management and ticketing systems (embedded POS devices)
        ldap protocol over TLS/SSL (was sldap)
        lds_distrib
        like tenex link, but across machine - unfortunately, doesn't use link protocol (this is actually just a rendezvous port from which a tcp connection is established)
        local netinfo port
        local routing process (on site); uses variant of Xerox NS routing information protocol - RIP
        ls3 Broadcast
        m-net discovery
        magicCONROL RF and Data Interface
        main 5001 cmd
        maintains data bases showing who's logged in to machines on a local net and the load average of the machine
        md-cf-http
        menandmice DNS
        mice server
        microsoft rome
        microsoft shuttle
        mind-file system server
        mloadd monitoring tool
        monotone Netsync Protocol
        mqs
        mrss-rendezvous server
        multi media conferencing
        multimedia conference control tool
        myBLAST Mekentosj port
        n2 monitoring receiver
        nCode ICE-flow Library AppServer
        nCode ICE-flow Library LogServer
        nCube License Manager
        nFoldMan Remote Publish
        nOAgent
        netGW
        netO DCS
        netO WOL Server
        netTsunami Tracker
        netTsunami p2p storage system
        netmap_lm
        network blackjack
        new-who
        newdate
        nkdn
        nms_topo_serv
        nntp protocol over TLS/SSL (was snntp)
        numerical systems messaging
        onlinet uninterruptable power supplies
        ooRexx rxapi services
        openhpi HPI service
        oracle
        p2pCommunity
        p2pQ
        pcANYWHEREdata
        pcANYWHEREstat
        peer tracker and data relay service
        peer-to-peer file exchange protocol
        phone
        piccolo - Cornerstone Software
        pickodbc
        plan 9 file service
        pra_elmd
        prodigy-internet
        proshare conf audio
        proshare conf data
        proshare conf notify
        proshare conf request
        proshare conf video
        proturis
        qWAVE Bandwidth Estimate
        qftest Lookup Port
        qip_msgd
        qip_qdhcp
        radio free ethernet
        raid
        rblcheckd server daemon
        readnews
        redundancy notification
        remote cache manager service
        remote file access server
        remote login a la telnet; automatic authentication performed based on priviledged port numbers and distributed data bases which identify \"authentication domains\"
        remote process execution; authentication performed using passwords and UNIX login names
        resource monitoring service
        rfs server
        rjcdb vCard
        rmonitord
        roboEDA
        roboER
        rpc
        rtnt-1 data packets
        rtnt-2 data packets
        sFlow traffic monitoring
        saft Simple Asynchronous File Transfer
        sage Best! Config Server 1
        sage Best! Config Server 2
        satellite distribution
        scanSTAT 1.0
        science + computing's Venus Administration Port
        scientia.net
        securitylayer over tcp
        securitylayer over tls
        self documenting Telnet Door
        self documenting Telnet Panic Door
        send
        server-to-server updater
        shiva_confsrvr
        simple text/file transfer
        simple-push Secure
        simulator control port
        smartcard-TLS
        soaGateway
        spooler
        starQuiz Port
        starSchool
        stm_pproc
        sun cacao JMX-remoting access point
        sun cacao command-streaming access point
        sun cacao rmi registry access point
        sun cacao snmp access point
        sun cacao web service access point
        sysrq daemon
        tec5 Spectral Device Control Protocol
        telecomsoftware miami broadcast
        telnet protocol over TLS/SSL
        text relay-answer
        thingkit secure mesh
        thor/server - ML engine
        timeserver
        traceroute use
        tsaf port
        uDraw(Graph)
        udemon
        udt_os
        unbound dns nameserver control
        unixtime
        users & groups database
        uucpd
        v2g Supply Equipment Communication Controller Discovery Protocol
        versaTalk Server Port
        vision_elmd
        vision_server
        volume location database
        volume managment server
        webData
        webmail HTTP service
        webmail HTTPS service
        whois++
        wilkenListener
        winShadow
        winShadow Host Discovery
        windream Admin
        world wide web - development
        www.FlirtMitMir.de
        x509solutions Internal CA
        x509solutions Secure Data
        xTrade Reliable Messaging
        xTrade over TLS/SSL
        xcap code analysis portal cluster control and administration
        xcap code analysis portal public user access
        xkoto DRCP
        xmlBlaster
        xpl automation protocol
        xpra network protocol
        xtgui information service
        xxNETserver
        xyClient Status API and rendevous point
        z/OS Resource Access Control Facility
        zSecure Server
        """
        static let noDescription: UInt16 = 0xFFFF
        static let tcpEntryCount = 5948
        /// Assigned TCP ports, ascending, four hex digits each.
        static let packedTCPPorts: StaticString = """
        000100020003000500070009000b000d00110012001300140015001600170019001b001d001f00210025002600270029002a002b002c002d002e003000310032
        00340035003600370038003a003e003f0040004100420043004400450046004700480049004a004c004e004f00500052005300540055005600580059005a005b
        005c005d005e005f006000610062006300650066006700680069006a006b006c006d006e006f007000710073007400750076007700780079007a007b007c007d
        007e007f0080008100820083008400850086008700880089008a008b008c008d008e008f0090009100920093009400950096009700980099009a009b009c009d
        009e009f00a000a100a200a300a400a500a600a700a800a900aa00ab00ac00ad00ae00af00b000b100b200b300b400b500b600b700b800b900ba00bb00bc00bd
        00be00bf00c000c100c200c300c400c500c600c700c800c900ca00cb00cc00cd00ce00cf00d000d100d200d300d400d500d600d700d800d900da00db00dc00dd
        00de00df00e000f200f300f400f500f600f700f8010001010103010401050106010701080109010a010b010c010d010f01180119011a011b011c011e011f0134
        01350136013701380139013a013b013c013d013e013f01400141014201430144014d01580159015a015b015c015d015e015f0160016101620163016401650166
        01680169016a016b016c016d016e016f0170017101720173017401750176017701780179017a017b017c017d017e017f01800181018201830184018501860187
        01880189018a018b018c018d018e018f0190019101920193019401950196019701980199019a019b019c019d019e019f01a001a101a201a301a401a501a601a7
        01a801a901aa01ab01ac01ad01ae01af01b001b101b201b301b401b501b601b701b801b901ba01bb01bc01bd01be01bf01c001c101c201c301c401c501c601c7
        01c801c901ca01cb01cc01cd01ce01cf01d001d101d201d301d401d501d601d701d801d901da01db01dc01dd01de01df01e001e101e201e301e401e501e601e7
        01e801e901ea01eb01ec01ed01ee01ef01f001f101f201f301f401f501f601f701f801f901fa01fb01fc01fd01fe01ff02000201020202030204020502060207
        02080209020a020b020c020d020e020f0210021102120213021402150216021702180219021a021b021c021d021e021f02200221022202230224022502260227
        02280229022a022b022c022d022e022f0230023102320233023402350236023702380239023a023b023c023d023e023f02400241024202430244024502460247
        0248024a024b024c024d024e024f0250025102520253025402550256025702580259025a025b025c025d025e025f026002610262026302640265026602670268
        0269026a026b026c026d026e026f0270027102720273027402750276027702780279027a027b027c027d027e027f028002810282028302840285028602870288
        0289028a028b028c028d028e028f029002910292029402950296029702980299029a029b029c029d029e029f02a002a102a202a302a402a502a602a702a802a9
        02aa02ab02ac02ad02ae02af02b002b102b202b302b402b502b602b702b802b902ba02bb02bc02bd02be02c002c102c202c302c502c602c702c802c902ca02cb
        02d902da02db02e502e602e802eb02ec02ed02ee02ef02f002f102f202f602f702f802f902fa02fb02fc02fd02ff030103020303030403050306030703080309
        030c032003210322032a033c033d033e033f03400341034f035003550356035c035d035e03690376037703780384038503860387038e038f0390039103b903dd
        03de03df03e003e103e303e403e503e603e703e803e903f203fd03fe0401040204050409040a040b040c040d040e040f04100411041204130414041504160417
        04180419041a041b041c041d041e041f0420042104220423042404250426042704280429042a042b042c042d042e042f04300431043204330434043504360437
        04380439043a043b043c043d043e043f0440044104420443044404450446044704480449044a044b044c044d044e044f04500451045204530454045604570458
        0459045a045b045c045d045e045f0460046104620463046404650466046704680469046a046b046c046d046e046f047004710472047304740475047604770478
        0479047a047b047c047d047e047f0480048104820483048404850486048704880489048a048b048c048d048e048f049004910492049304940495049604970498
        0499049a049b049c049d049e049f04a004a104a204a304a404a504a604a704a804a904aa04ab04ac04ad04ae04af04b004b104b204b304b404b504b604b704b8
        04b904ba04bb04bc04bd04be04bf04c004c104c204c304c404c504c604c704c804c904ca04cb04cc04cd04ce04cf04d004d104d204d304d404d504d604d704d8
        04d904da04db04dc04dd04de04df04e004e104e204e304e404e504e604e704e804e904ea04eb04ec04ed04ee04ef04f004f104f204f304f404f504f604f704f8
        04f904fa04fb04fd04fe04ff0500050105020503050405050506050705080509050a050b050c050d050e050f05100511051205130514051705180519051a051b
        051c051d051e051f0520052105220523052405250526052705280529052a052b052c052d052e052f0530053105320533053405350536053705380539053a053b
        053c053d053e053f0540054105420543054405450546054705480549054a054b054c054d054e054f0550055105520553055405550556055705580559055a055b
        055c055d055e055f0560056105620563056405650566056705680569056a056b056c056d056e056f0570057105720573057405750576057705780579057a057b
        057c057d057e057f0580058105820583058405850586058705880589058a058b058c058d058e058f0590059105920593059405950596059705980599059a059b
        059c059d059e059f05a005a105a205a305a405a505a605a705a805a905aa05ab05ac05ad05ae05af05b005b105b205b305b405b505b605b705b805b905ba05bb
        05bc05bd05be05bf05c005c105c205c305c405c505c605c705c805c905ca05cb05cc05cd05ce05cf05d005d105d205d405d505d605d705d805d905da05db05dc
        05dd05de05df05e005e105e205e305e405e505e605e705e805e905ea05eb05ec05ed05ee05ef05f005f105f205f305f405f505f605f705f805f905fa05fb05fc
        05fd05fe05ff0600060106020603060406050606060706080609060a060b060c060d060e060f0610061106120613061406150616061706180619061a061b061c
        061d061e061f0620062106220623062406250626062706280629062a062b062c062d062e062f0630063106320633063406350636063706380639063a063b063c
        063d063e063f0640064106420643064406450646064706480649064a064b064c064d064e064f0650065106520653065406550656065706580659065a065b065c
        065d065e065f0660066106620663066406650666066706680669066a066b066c066d066e066f0670067106720673067406750676067706780679067a067b067c
        067d067e067f0680068106820683068406850686068706880689068a068b068c068d068e068f0690069106920693069406950696069706980699069a069b069c
        069d069e069f06a006a106a206a306a406a506a606a706a806a906aa06ab06ac06ad06ae06af06b006b106b206b306b406b506b606b706b806b906ba06bb06bc
        06bd06be06bf06c006c106c206c306c406c506c606c706c806c906ca06cb06cc06cd06ce06cf06d006d106d206d306d406d506d606d706d806d906da06db06dc
        06dd06de06df06e006e106e206e306e406e506e606e706e806e906ea06eb06ec06ed06ee06ef06f006f106f206f306f406f506f606f806f906fa06fb06fc06fd
        06fe06ff0700070107020703070407050706070707080709070a070b070c070d070e070f0710071107120713071407150716071707180719071a071b071c071d
        071e071f0720072107220723072407250726072707280729072a072b072c072d072e072f0730073107320733073407350736073707380739073a073b073c073d
        073e073f0740074107420743074407450746074707480749074a074b074c074d074e074f0750075107520753075407550756075707580759075a075b075c075d
        075e075f076007610762076307640765076607680769076a076b076c076d076e076f0770077107720773077407750776077707780779077a077b077c077d077e
        077f0780078107820783078407850786078707880789078a078b078c078d078e078f0790079107920793079407950796079707980799079a079b079c079d079e
        079f07a007a107a207a307a407a507a607a707a807a907aa07ab07ac07ad07ae07af07b007b107b207b307b407b507b607b707b807b907ba07bb07bc07bd07be
        07bf07c007c107c207c307c407c507c607c707c807c907ca07cb07cc07cd07ce07cf07d007d107d207d307d407d507d607d707d807d907da07db07dc07dd07de
        07df07e007e107e207e307e407e507e607e707e807e907ea07eb07ec07ed07ee07ef07f007f107f207f307f407f507f607f707f807f907fa07fb07fc07fd07fe
        07ff0800080108020803080408050806080708080809080a080b080c080d080e080f0810081108120813081408150816081708180819081a081b081c081d081e
        081f0820082108220823082408250826082708280829082a082b082c082d082e082f0830083108320833083408350836083708380839083a083b083c083d083e
        083f0840084108420843084408450846084708480849084a084b084c084d084e084f0850085108520853085408550856085708580859085a085b085c085d085e
        085f0860086108620863086408650866086708680869086a086b086c086d086e086f0870087108720873087408750876087708780879087a087b087c087d087e
        087f0880088108820883088408850886088708880889088a088b088c088d088e088f089008910895089608970899089a089b089c089d089e089f08a008a108a2
        08a308a408a508a608a708a808a908aa08ab08ac08ad08ae08af08b008b108b208b308b408b508b608b708b808b908ba08bb08bc08bd08be08bf08c008c108c2
        08c308c408c508c608c708c808c908ca08cb08cc08cd08ce08cf08d008d108d208d308d408d508d608d708d808d908da08db08dc08dd08de08df08e008e108e2
        08e308e408e508e608e708e808e908ea08eb08ec08ed08ee08ef08f008f108f208f308f408f508f608f708f808f908fa08fb08fc08fd08fe08ff090009010902
        0903090409050906090709080909090a090b090c090d090e090f0910091109120913091409150916091709180919091a091b091c091d091e091f092009210922
        0923092409250926092709280929092a092b092c092d092e092f0930093109320933093409350936093709380939093a093b093c093d093e093f094009410942
        0943094409450946094709480949094b094c094d094e094f0950095109520953095409550956095709580959095a095b095c095d095e095f0960096109620963
        096409650966096709680969096a096b096c096d096e096f0970097109720973097409750976097709780979097a097b097c097d097e097f0980098109820983
        098409850986098709880989098a098b098c098d098e098f0990099109920993099409950996099709980999099a099b099c099d099e099f09a009a109a209a3
        09a409a509a609a709a809a909aa09ab09ac09ad09ae09af09b009b109b209b309b409b509b609b709b809b909ba09bb09bc09bd09be09bf09c009c109c209c3
        09c409c509c609c709c809c909ca09cb09cc09cd09ce09cf09d009d109d209d309d409d509d609d709d809d909da09db09dc09dd09de09df09e009e109e209e3
        09e409e509e609e709e809e909ea09eb09ec09ed09ee09ef09f009f109f209f309f409f509f609f709f809f909fa09fb09fc09fd09fe09ff0a000a010a020a03
        0a040a050a060a070a080a090a0a0a0b0a0c0a0d0a0e0a0f0a100a110a120a130a140a150a160a170a180a190a1a0a1b0a1c0a1d0a1e0a1f0a200a210a220a23
        0a240a250a260a270a280a290a2a0a2b0a2c0a2d0a2e0a2f0a300a310a320a330a340a350a360a370a380a390a3a0a3b0a3c0a3d0a3e0a3f0a400a410a420a43
        0a440a450a460a470a480a490a4a0a4b0a4c0a4d0a4e0a4f0a500a510a520a530a540a550a560a570a580a590a5a0a5b0a5c0a5d0a5e0a5f0a600a610a620a63
        0a640a650a660a670a680a690a6a0a6b0a6c0a6d0a6e0a6f0a700a710a720a730a740a750a760a770a780a790a7b0a7c0a7d0a7e0a7f0a800a810a820a830a84
        0a860a870a880a890a8a0a8b0a8c0a8d0a8e0a8f0a900a910a920a930a940a950a960a970a980a990a9a0a9b0a9c0a9d0a9e0a9f0aa00aa10aa20aa30aa40aa5
        0aa60aa70aa80aa90aaa0aab0aac0aad0aae0aaf0ab00ab10ab20ab30ab40ab50ab60ab70ab80ab90aba0abb0abc0abd0abe0abf0ac00ac10ac20ac30ac40ac5
        0ac60ac70ac80ac90aca0acb0acc0acd0ace0acf0ad00ad10ad20ad30ad40ad50ad60ad70ad80ad90ada0adb0adc0add0ade0adf0ae00ae10ae20ae30ae40ae5
        0ae60ae70ae80ae90aeb0aec0aed0aee0aef0af00af10af20af30af40af50af60af70af80af90afa0afb0afc0afd0afe0aff0b000b010b020b030b040b050b06
        0b070b080b0a0b0b0b0c0b0d0b0e0b0f0b100b110b120b130b140b150b160b170b180b190b1a0b1b0b1c0b1d0b1e0b1f0b200b210b220b230b240b250b260b27
        0b280b290b2a0b2b0b2c0b2d0b2e0b2f0b300b310b320b330b340b350b360b370b380b390b3a0b3b0b3c0b3d0b3e0b3f0b400b410b420b430b440b450b460b47
        0b480b490b4a0b4b0b4c0b4d0b4e0b4f0b500b510b520b530b540b550b560b570b580b590b5a0b5b0b5c0b5d0b5e0b5f0b600b610b620b630b640b650b660b67
        0b680b690b6a0b6b0b6c0b6e0b6f0b700b710b720b730b740b750b760b770b780b790b7a0b7b0b7c0b7d0b7e0b7f0b800b810b820b830b840b850b860b870b88
        0b890b8a0b8b0b8c0b8d0b8e0b8f0b900b910b920b930b940b950b960b970b980b990b9a0b9b0b9c0b9d0b9e0b9f0ba00ba10ba20ba30ba40ba50ba60ba70ba8
        0ba90baa0bab0bac0bad0bae0baf0bb00bb10bb20bb30bb40bb50bb60bb70bb80bb90bba0bbb0bbc0bbd0bbe0bbf0bc00bc10bc20bc30bc40bc50bc60bc70bc8
        0bc90bca0bcb0bcc0bcd0bce0bcf0bd00bd10bd20bd30bd40bd50bd60bd70bd80bd90bda0bdb0bdc0bdd0bde0bdf0be00be10be20be30be40be50be60be70be8
        0be90bea0beb0bec0bed0bee0bef0bf00bf10bf20bf30bf40bf50bf60bf70bf80bf90bfa0bfb0bfc0bfd0bfe0bff0c000c010c020c030c040c050c060c070c08
        0c090c0a0c0b0c0c0c0d0c0e0c0f0c100c110c120c130c150c160c170c180c1a0c1b0c1c0c1d0c1e0c1f0c200c210c220c230c240c250c260c270c280c290c2a
        0c2b0c2c0c2d0c2e0c2f0c300c310c320c330c340c350c370c380c390c3a0c3b0c3c0c3d0c3e0c3f0c400c410c420c430c440c450c460c470c480c490c4a0c4b
        0c4c0c4d0c4e0c4f0c500c510c520c530c540c550c560c570c580c590c5a0c5b0c5c0c5d0c5e0c5f0c600c610c620c630c640c650c660c670c680c690c6a0c6b
        0c6c0c6d0c6e0c6f0c700c710c720c730c740c750c760c770c780c790c7a0c7b0c7c0c7d0c7e0c7f0c800c810c820c830c840c850c860c870c880c890c8a0c8b
        0c8c0c8d0c8e0c8f0c900c910c920c930c940c950c960c970c980c990c9a0c9b0c9c0c9d0c9e0c9f0ca00ca10ca20ca30ca40ca50ca60ca70ca80ca90caa0cab
        0cac0cad0cae0caf0cb00cb10cb20cb30cb40cb50cb60cb70cb80cb90cba0cbb0cbc0cbd0cbe0cbf0cc00cc10cc20cc30cc40cc50cc60cc70cc80cc90cca0ccb
        0ccc0ccd0cce0ccf0cd00cd10cd20cd30cd40cd50cd60cd70cd80cd90cda0cdb0cdc0cdd0cde0cdf0ce00ce10ce20ce30ce40ce50ce60ce70ce80ce90cea0ceb
        0cec0ced0cee0cef0cf00cf10cf20cf30cf40cf50cf60cf70cf80cf90cfe0cff0d000d010d020d030d040d050d060d070d080d090d0a0d0b0d0c0d0d0d0e0d0f
        0d100d110d120d130d140d150d160d170d180d190d1a0d1b0d1c0d1d0d1e0d1f0d200d210d220d230d240d250d260d2c0d2d0d2e0d2f0d300d310d320d330d34
        0d350d360d370d380d390d3a0d3b0d3c0d3d0d3e0d3f0d400d410d420d430d440d450d460d470d480d490d4a0d4d0d4e0d4f0d500d510d520d530d540d550d56
        0d570d580d590d5a0d5b0d5c0d5d0d5e0d5f0d600d610d620d630d640d650d660d670d680d690d6a0d6b0d6c0d6d0d6e0d6f0d700d710d720d730d740d750d76
        0d770d780d790d7a0d7b0d7c0d7d0d7e0d7f0d800d810d820d830d840d850d860d870d880d890d8a0d8b0d8c0d8d0d8e0d8f0d900d910d920d930d940d950d96
        0d970d980d990d9a0d9b0d9c0d9d0d9e0d9f0da00da10da20da30da40da50da60da70da80da90daa0dab0dac0dad0dae0daf0db00db10db20db30db40db50db6
        0db70db80db90dba0dbb0dbc0dbd0dbe0dbf0dc00dc10dc20dc30dc40dc50dc60dc70dc80dc90dca0dcb0dcc0dcd0dce0dcf0dd00dd10dd20dd30dd40dd50dd6
        0dd70dd80dd90ddb0ddc0ddd0dde0ddf0de00de10de20de30de40de50de60de70de80de90dea0deb0dec0ded0dee0def0df00df10df20df30df40df50df60df7
        0df80df90dfa0dfb0dfc0dfd0dfe0dff0e000e010e020e030e040e050e060e070e080e090e0a0e0b0e0c0e0d0e0e0e0f0e100e110e120e130e140e150e160e17
        0e180e190e1a0e1b0e1c0e1d0e1e0e1f0e200e210e220e230e240e250e260e270e280e290e2a0e2b0e2c0e2d0e2e0e2f0e300e310e320e330e340e350e360e37
        0e380e390e3a0e3b0e3c0e3d0e3e0e3f0e400e410e420e430e440e450e460e470e480e490e4a0e4b0e4c0e4d0e4e0e4f0e500e510e520e530e540e550e560e57
        0e580e590e5a0e5b0e5c0e5d0e5e0e5f0e600e610e620e630e640e650e660e670e680e690e6a0e6b0e6c0e6d0e6f0e700e710e720e730e740e750e760e770e78
        0e790e7a0e7b0e7c0e7d0e7e0e7f0e800e810e820e830e840e850e860e870e880e890e8a0e8b0e8c0e8d0e8e0e8f0e900e910e920e930e940e950e960e970e98
        0e990e9a0e9b0e9c0e9d0e9e0e9f0ea00ea10ea20ea30ea40ea50ea60ea70ea80ea90eaa0eab0eac0ead0eae0eaf0eb00eb10eb20eb30eb40eb50eb60eb70eb8
        0eb90eba0ebb0ebc0ebd0ebe0ebf0ec00ec10ec20ec30ec40ec50ec60ec70ec80ec90eca0ecb0ecc0ecd0ece0ecf0ed00ed10ed20ed30ed40ed50ed60ed70ed8
        0ed90eda0edb0edc0edd0ede0edf0ee00ee10ee20ee30ee40ee50ee60ee70ee80ee90eea0eeb0eec0eed0eee0eef0ef00ef10ef20ef30ef40ef50ef60ef70ef8
        0ef90efa0efb0efc0efd0efe0eff0f000f010f020f030f040f050f060f070f080f090f0a0f0b0f0c0f0d0f0e0f0f0f100f110f120f130f140f150f160f170f18
        0f190f1a0f1b0f1c0f1d0f1e0f1f0f200f210f220f230f240f250f260f270f280f290f2a0f2b0f2c0f2d0f2e0f2f0f300f310f320f330f340f350f360f370f38
        0f390f3a0f3b0f3c0f3d0f3e0f3f0f400f410f420f430f440f450f460f470f480f490f4a0f4b0f4c0f4d0f4e0f4f0f500f510f520f530f540f550f560f570f58
        0f590f5a0f5b0f5c0f5d0f5e0f5f0f600f610f620f630f640f650f660f670f680f690f6a0f6b0f6c0f6d0f6e0f6f0f700f710f720f730f740f750f760f770f78
        0f790f7a0f7b0f7c0f7d0f7e0f7f0f800f810f820f830f840f850f860f870f880f890f8a0f8b0f8d0f8e0f8f0f900f910f920f930f940f950f960f970f980f99
        0f9b0f9c0f9d0f9e0f9f0fa00fa10fa20fa30fa40fa50fa60fa70fa80fa90faa0fab0fac0fad0fae0faf0fb00fb10fb20fb30fb40fb50fb60fb70fb80fb90fba
        0fbb0fbc0fbd0fbe0fbf0fc00fc10fc20fc30fc40fc50fc60fc70fc80fc90fca0fcb0fcc0fcd0fce0fcf0fd10fd20fd30fd40fd50fd60fd70fd80fd90fda0fdb
        0fdc0fdd0fde0fdf0fe00fe10fe20fe30fe40fe50fe60fe70fe80fe90fea0feb0fec0fee0fef0ff00ff10ff20ff30ff50ff70ff80ff90ffa0ffb0ffc0ffd0ffe
        0fff1000100110021003100410051006100710081009100a100b100c100d100e100f1010101110121013101410151016101710181019101a101b101c101d101e
        101f1020102110221023102410251026102710281029102a102b102c102d102e102f103110321033103410351036103710381039103a103b103c103d103e103f
        1040104110421043104410451046104710481049104a104b104c104e104f1050105110521053105410551056105710581059105a105b105c105d105e10601061
        106210631065106710cc10cd10ce10cf10d010d110d210d310d410d510d610d710d810d910da10dc10dd10df10e010e110e210e310e510e610e710e810e910ea
        10eb10ec10ed10ee10ef10f010f410f710f810f910fa10fb10fc10fd10fe10ff1100110111021103110411051106110711081110111111121113111411151116
        111711181119111a111b11251126112711281129112b112c1130113111321133113411351136113711381139113a113b113d113e113f11401141114311441145
        114611471149114a114b114c114d114e114f11501151115a115b115c115d115e115f1160116111621163116411651166116711681169116a116c118411851186
        11871188119411b711b811b911ba11c111c211c311c411c511c611c711c811c911ca11cb11cc11cf11d311d611d711d811d911da11dd11ee11ef11f111f211f3
        11f411f511f611f711f811f911fa11fb11fc11fd11fe122612321233123412351236123712381239123a123b123c123d123e123f124012411242124312441245
        1246124712481249124a124b124c124d124e124f12501251125212531254125c125d125e125f12601267127512771278127a127b127d12811282128312841285
        1286128712881289128d128e128f12901291129412a612b012b212b312b412b812c012c112c212c312db12e512e612e712e812e912ea12eb12ec12ed12ee12ef
        12f012f112f212f313031304130513061307130c130d130f131013131314131513181319131e13231324132513261330133113321333134c134d134e13551356
        1357135813591369136a136b13781379137a137b137c137d137e137f138713881389138a138b138c138d138e138f1390139113921393139413951397139c139d
        139e139f13a013a113a213a313a413a513a813a913aa13b213b313b413b513b813b913ba13bb13bc13bd13be13bf13c013c113c313c413c513c613c713c813c9
        13ca13cb13cc13cd13ce13cf13d013d113d213d313d813d913da13db13dc13dd13de13df13e513e613eb13ec13ed13ee13ef13f213f313f713f813fa13fb13fd
        1400140d140e140f14111419141a141e141f142014221423142414251429142a142b142c142d142e142f143014341446144714481449144a144b144c144d1450
        1451145214531459145f14651466146714681469146a146b146c146d146e146f147014711472147314741475147a147b147d1480148114821483148414851486
        14901491149514961497149814a014a114a214b214b314b414b514b614b714b814b914ba14bb14bc14bd14be14c014c114c214c314c414c514c614c814c914df
        14e014e514e814e914ea14eb14ec14ed14ee14ef14f014f114f214f315151516151715181519151a151b151c151d151e151f1520152115221523152415251526
        152715281529152a152b152c152d152e152f1530153115321533153415351536153715381539153a153b15431545154a154d154e154f15501555155615571558
        1559155e155f156015611563157c157d157e157f158015811582158315a415a715ae15b115b215b315b415b515bd15be15bf15c015c115c515c615c715cb15cc
        15cd15ce15cf15d015d115d215dd15de15df15e015e115e215e315e415e515f215fb15fc15fd15fe15ff16001601160216031604160516061607160e16221626
        162716281629162a162b162c162d162e162f163016311633163416381639163d164016441649165116521653165416551656165716581659165a165b165c165d
        165e165f166016611662166d166e166f167016711672167316741676167b167d1686168716881689168a168b16911694169516961697169916a116a616b516b6
        16bc16d116d216e316e716ec16fb170c170f1710171117121713171417151716171717181719174b175017511760176117621763176417651766176717681769
        176a176f1770177117721773177417751776177717781779177a177b177c177d177e177f1780178117821783178417851786178717881789178a178b178c178d
        178e178f1790179117921793179417951796179717981799179a179b179c179d179e179f17a017a117a217a317a417a517a617a717a817a917aa17ab17ac17ad
        17ae17af17b017b117b217b417b517b617b717b817b917ba17bb17bc17bd17c417c517c617c717c817d317d417d517d617d717d817d917da17db17dc17dd17de
        17df17e017e117e217e317e417e517e917ea17eb17ec17f217f517fc17fd17fe17ff180018011802180318041805180f181018111812181318381841184e1861
        186218631864186b186c186d187b187c187d189c189d18a218ab18ac18ad18ae18b018b118b218b418b518b618c718c818ca18cb18ce18d318d818e218eb18ee
        18f518f61911191219131914191519201928192a192b192c192d192e193719381940194719501951195219531954195519561957195819591964196519661967
        1969196a196b196c196d196e197119721973198f199019931994199519961997199c199e19a619a819b319b419b519b619b719c819c919ca19db19dc19dd19de
        19df19e019e119e219e319e419e519e819f019fd19ff1a001a091a0a1a0b1a0c1a0d1a0e1a0f1a101a111a161a171a1f1a201a211a221a291a2d1a2e1a2f1a3a
        1a3b1a3c1a6f1a701a711a721a731a791a7a1a811a821a831a841a851a861a871a911aa11aaf1ab91aba1ac21ad41ae81af41af51b0c1b171b181b221b271b31
        1b321b331b341b351b361b391b3a1b551b561b571b581b591b5a1b5b1b5c1b5d1b5e1b5f1b601b611b621b631b641b651b661b671b681b691b6a1b6b1b6c1b6d
        1b6e1b6f1b701b711b721b761b771b9e1b9f1ba01ba11ba81bbb1bbc1bbd1bcd1bd11bd31bd81bd91bf91bfa1bfb1bfc1bfd1bfe1bff1c001c011c021c031c04
        1c051c061c201c211c221c2f1c301c3b1c3c1c3d1c421c441c451c4c1c5e1c681c691c6a1c6b1c6c1c6d1c6e1c6f1c701c711c721c731cc51cdf1ce01ce11ce2
        1ce31ce51ce81ce91cea1cf21cf31cfd1d021d031d041d051d061d071d0d1d131d2f1d311d321d361d431d4c1d4d1d541d551d561d571d761d771d781d791d7a
        1d7b1d7c1d7d1d7f1d881d8b1d8e1d911d921d961d971da41db61dc81dca1dcb1dcc1dcd1dce1dcf1dd11de01def1df81df91dfa1dfb1dfc1dfd1e001e031e07
        1e091e0a1e111e141e1b1e1c1e281e2c1e2d1e2e1e2f1e301e361e3a1e3d1e3e1e3f1e401e431e5f1e611e621e631e651e6a1e6b1e6d1e721e751e761e771e78
        1e791e821ea51ea61ea71ebd1ebe1ebf1ec61ec81ecf1edc1edd1ede1edf1ee91efc1efd1f1a1f1f1f2b1f2c1f2d1f2e1f3d1f3f1f401f411f421f431f441f45
        1f461f471f481f491f4f1f501f531f541f551f561f571f591f5a1f5b1f601f611f621f681f691f6a1f6b1f6c1f731f741f751f761f771f781f791f7a1f7b1f7d
        1f821f831f861f8a1f901f911f921f931f941f961f971f981f9a1f9b1fa11fa41fa51fa61fb31fb41fb51fb61fb91fba1fc01fc11fc21fc31fc41fcc1fd41fd9
        1fe01fe11fe21ff51ff61ff71ff81ffe1fff200020022003200720082009200c200d200e200f201020262033204e20542058205a206420652066206c206d2079
        208020812082209f20b820b920ba20bb20bc20bf20d020d120d220d320d420d520df20e020e120e720f020fa20fb20fc20fd2100210221092116211721182119
        211a213421352136216a216b2177219821a221a321a421a521a621a721d921da21dc21e321ee21f021fb22062207221d222e223b223c223d223e223f22402241
        2242224a2252225322592260226422a922b022b122b322b822b922ba22bb22bc22bd22be22c322c422c522cc22ce22cf22d022d122e922f922fa2314231d231e
        231f23252326232723282329232a232d233023312332233c233d233e233f234023412342235a235b23642378237b237c237d237e237f23802381238223832384
        2385238c238d238e238f23902391239223932397239f23a223a323ab23c823c923ca23cb23cc23e723f023f123f223f323f423f523f623f723f823f923fa23fb
        23fc23fd23fe23ff2400240124062427243e243f2440244124422443244424452447244c244d244e244f2454245a245e246024662469247b247c247f24802481
        2482249e24a424ab24ac24ad24ae24b424b524b824b924ba24ca24e324e424e524ea251c253f25402553255725782579257a257b257c257d257e257f2580258c
        258e259025912592259c259d259e259f25a825c225c325c425de25df25e4261326162619262226482649264a26932694269526a026a126aa26ac26b526b726c5
        26de26df26e026e126e226e326ee26fa26fb26fd270327042706270727082709270a270b270c270d270e270f2710271127122713271427152716271727182719
        271a27242742274327472760276127742775277627772778277b277e27812782278327842785278d2790279127b027b127b227d827d9280c28142815283028cb
        292c292d292e292f2930293429872a302a352a392a6c2a802ab52aee2af82af92b572b5f2b602b612b622b652b662b672b682b992b9a2b9b2b9c2b9d2ba42ba5
        2ba62ba72bc12bc22bc82bcb2be32c372c382c392c672c6b2ce12d502d672dc82dcb2de72e142e642ebf2ec32ee02ee12ee22ee32ee42ee52ee62ee72ee82eea
        2eec2eed2f4d2f592f882f8c300c300e302130223039310231d13241336833a033a133a233a733a8345835983599359a359c35d635d735d935da35fa35fb35fc
        35fd35fe35ff360836463669366a36b036b136d136d2373d373e373f374137453746374a37aa384e38a43a583a593a983a9a3bf13c033cc33d2c3d7c3e7f3e80
        3e813e823e943e953f213f223fb53fb63fb73fe83fe93fef3ff04000400140eb4119419542044236425f4260426142624263426f427243204321434343444345
        4347434943524353445c44934541455a455b455c4571465046b846d847054706470747084709470a470b4741474247434756481f48ca48cb48ec495149c149c8
        4a384a3f4a4c4af74afa4b144b534b734bc64bd24bd34bd44c534c544c554d4e4e1e4e1f4e204e214e224e234e254e2d4e2e4e424e4e4e504e514e594ec74eea
        4efe500050be514a52075208521252dc52dd52e5543154325456552855295555555655575558555955f055f155f255f355f455f5566d567056ce57015721573d
        573f5747574b574e574f5809581b58eb591059a759d859d959da59db59dc59dd5a0d5afe5b255b685b695b6a5ba05ba15bfa5dc05dc15dc25dc35dc45dc55dc6
        5eb25eb95f015f035f425f915fea6001605a606460656066606860b2615a61a861a961aa61ab61ac61ad61ae61af61b061b1620c63e8640464c1652c652d652e
        652f65906615666066916694669566966697677667776779698269896ad16b326b706c866ce46d5f6d606d616d6a6db06e286e506fad714871ef752f75307531
        753275337594763476c079177928792c7a697aa87ab87ae17b847bc57c157ccc7ccd7d227df97e907ee37f7b7f7c7fff80008001800280038004800580068007
        800880098021802b808080e881248163823382358236829a8378846285c9864a864b870788928893889488a488b888b988ba88bb88bc88bd88be891c8a1a8a1b
        8a1c8a1d8ca18eac8efa8f5c90019263926b92e193169470947194729539953a953b96ee979097d198979b019c409dd49f899f8a9f8ba097a0a1a10ea342a343
        a344a345a60ca60da60ea7f7a7f8a8b4a8b5a8b6a8b7a8caa9afa9b0a9b1ac5bad21ad22ad23ad9cad9dae09af12af64afc8afc9afcaaff5affeb1cab26eb300
        b301b38eb500b796b797b798b799b9c5ba08babebac0bb80bb81bb82bb83bb84bb85bbb0bbb1bbb2bc00bc01bdacbdebbe0dbf68bf69bffe
        """
        /// Index into the names for each TCP port.
        static let packedTCPNameIndices: StaticString = """
        1515041a041a11c40638058314d804f611060cf8039207c207c01411152a13870e990cea0ce905fc1556114911c9083b0d3a0e2a0cad0cac0cae01ee14e31179
        17c605c317c30a5217c217c5005d1738044b14e413fa02b502b4153a08320ddb0ddc0ddd0dde0542167a076808fa17a10c7604a00c760c4c0aef145a05af0c75
        0e7f050d0eb91485058d14a114e50c4208c30a630835007f04880007121a138c1053105414800c00097712f20120164713fd0e59038106cc13670e9e01210b8a
        0eb40b88085710db03b603be03bc143909d406ba10980d9c0d9b0d9d068d068c027c09a2160d15f20a610a600a9a009c13fa089c025f13010de10de013fe0b05
        0fcd0e931302139913a103e703e617c412330d3c120b12c1107e0d0f03ca17e60bd4169d0809179c0e1c026111c0161a01ec0ebf0ec411930afd006f0d1010f6
        07dc10ac0f6914020a3505a405a505970598138813ff01d401d301ce01d201cf01d501d001d110ff17ec001e01190a2e169f13ba002204fb0cb415f609a30794
        1204036b0be60578148909b80b5905fd145f0265114912e906e30f1f0e8d017d088e0260178b1426151915180bd910c508fc0ffe0303119f044707d60ade0e72
        06b2026601b616de0bcc0f0b05d9053317ef102a10ca10cb101a122711f011f115390fdf0fbc1803072e04820c4e0be80be906040d77026304ef03d902641316
        127c12be1404120e01f406050ecc0c9b10f111ee03f603d116060b4f0b5008880e3d157805ea0a450a4608ca08ce08c8019b092c01a401f516170b42160514cc
        14cb0c3c067e0daf0e020cbb0b0f0a640f621633080505320d5d0d5f09b41551108d108b053511d514ca138509d102a2132e0f01090b018e137f018f01900f0c
        0f0d0943137214960ec30ec21644164309230e580c8d0c8e05a7041d05f104e512f7053704b508ff13a20c5e05250524052601a315c912f012ef046104340460
        0bc5127b015f0105134f04ed04ee00e60b0a163905730d22100e1168128f0c930b6a0907157615161572140913f00918091710070262160809ee105a020e123f
        08560d870c58082d15481549105909ed101711a613180a5f0a4814400bf00a0503c20bd20ed9046b17e11391073e0fb1070c0b8d1309107f168314f60e9d1642
        065911bf1607092e0d601557152f145904b30a36044a04250dc50e001747099b0f0a0e5507fb014a16461648040c0b010b1001600557055800aa09790e0f04be
        054c101f122505f011960f26129d151f11d00c9703a20e5a001f1737144902370cd10cce0c480c4813c2023807c116680a1716a40a1d053413ad024a126a100a
        0af20fb3145c03190717158108fb06f408fd15900302138410c7127900770a1b14d217b4098515df13af163b0e83131e0e7e0e7d0e7c08ba08bb141312761278
        127505380415127a06d104050f060473052e01b40fb210fe0003116b0a2802a112e7081711ca0b440b320c020cdd06b1119806e21254061a10c40b48055511fb
        03110eb8098a089b119a012c155b13e911cb15300bc30885100210d20f0714690c1805840c1a0c37164f164e16be03a8005c051216bf16bd08120cc006ad06ae
        17a2044004410c14088c01b7117c0e4a165a0cdf090f042e0877098b122b16490ee2006306c00b7b0a3c066e00bc132502b706b006af03bd150c0a3e0a3f0a3d
        0dfd0dfe0dff0db30dd7079207ca11c10af011af10ce110a11f515280e44041e0e861230112804c30ef81729100c1680030d121c04c4145d11ed06ab17670d0d
        17680c13054a0bf107440a7c10280dab0da80dae0dad055607fa05c405930a4d0f8215ea120f0959095a00620eee137c097309740afb1793014c014b11d707c4
        07c30d3e152c09a4105516dc0bd702e607ed030e1725148b07120713027e033713c00db400860d200e9701080d0812650d9304e100ab02a9051307ab17310d80
        0d81151703e30f3e0529119102d60127167e14330e2e0e3710500afc166c0b1a0acd14ce07ac09e909e803fe082702da033f02cc1707117304db09a6021201c2
        13b310d8010c012201231723045304520451074b074c074f0ebc10a011e60e2703f0147c11cc11ce0c1010c60090009117d307c50a670a681154171c0b7d0968
        0bad0c6a018301810182123d02a402a311d302040d1308ed08ec08ee0b18125712580349034a0b17054f014d0ef208a615ab069b06fa01ff0d1f065009b707d3
        179101ed0339067102f2027f162b174d02f8119e0e1e0922092104fe0f4b0ee3089208931297110c110b110d03b7165d15b301d701d605a804cb07a105c809be
        0591130002280bf7000a00600b700b71034e0d2800df08d91613040d0834031607750f2712030dbd0343031805a0127d0ea4031514241425006401280c4412ac
        0a1806b408490baf0ca20aea126906ec08e500a100a2111414a00d84153e16bc1357143d05ae079517f40ff90c2f0772162712b00c9c02f015c7087f0e5309e7
        0d860e4b12d50a490a4a0fc01695089e0c3814a712d802d910ec052b052a052c13110f1d0f1e09390cb811020590106e05fe053c06b710a117100f37070b048f
        068114dd0a840c78053d053e101508940691109709880d820df011e80d4b0ad9174a12ad05ee102b03e8066105d612a30b9c08d4087612f302b10fea11780f92
        0ecf0ad009051231143e02990fe50677070716cf0b0e01120111101a0e7302c60540061b1742160c06ff0db0144809fd0fc80fb4176b05720a4c0c2e175c0aff
        0d37111d06d0117a094416ba00e9023e023f1266064806c80b9a118b00380a0804ae0ff0042f07c80c650b5e15580d700d71008a0e01050e12860864163d0735
        073703a10c9102f4093603a4066a05051526015c1601086b0f6001d80397030f0eba095c09610960095f095e095d0962061301ea1681030b030c0830108e108c
        099409370dbc154613c8089d08b000a609d909da093405060e75155215531554155507eb01fd06e4090617fd12450c7c09cf0e50158f11b302890cd70cd6092d
        124814e20662066406630309030a098d0be210ae0f45016c0ebe0ff5061709cd085b080609f906d7050916510e8410a510a6093a17630ea30cf4101c0ec1047f
        047e004915f5047f047e0f1c152214f403e20cd50cd405000f9100d10c7700ac04280b330e520b8605b8059f09e314410dbe094104b40b5511b214b30754169c
        1246130d09b606f607d2164114bb056011db0d1b0010175107cb07cc099016b916b816c216c101dd0d6811b603a309d50f510fe0156a0e6503f4114c114b0c73
        168d0c5a0103010412a7000c09f4117411770845133001bf169800530b37021e130e001208970fc9138a03050b68166f017b17a7171a01ab07230fd103070fbd
        174404460abb15cd06f30f57116c039c0a800d190f4f0c90090c0a950a0f15740c630cf3133115730a09092b106d15b416c308010d63040e0bd6134a11311133
        0f58101313320a6e004c09e410140942135a13591450136e0a6f150b099e0d9a0d980d970d960d990e38135217d6073113b90f040a9615fd1497131014dc0b8f
        0b900f5016960fa10fa20b8506440a4f0a580a5b037c037d0a0a0a550a561247131f123811ff04210af10e42130c17c100e8142e052f053007cd134912f5134e
        0df10df50df60df70df80df90dfa0dfb0dfc0df20df30df410a310a40fe40da6084a109f04e30c5912930b360d6213920d3304b80e8e0e8f076f0e2306921429
        11f911f811f711f611fa120c120d0cb70b200546088a024313560ab6166707ef037709ac1067118a042612e808c517bd0776087308740875031408b510680478
        0976092a1745152703c911e40cf210ad1324032110861447160907e7171b069a03b8000203ac0d61119407c607c70f4801c0141414a20b8b10750f490cd80338
        03ee153b13f2178603850386038703880389038a038b038c02960297165b06e60b04082016640749105e1096100805d1012408cc076a174607d107d010bd089a
        0e55063009321200037a05d016aa160d06f20dd901250cf5042008cd069f06a00d1607550f4d0f4c0ab3126f11341135151c0c84088611c506ed102f0bfc05c7
        06cf16250c4a0577018001b30a7d0f3c0d8c0d26154515fe01850184143c048c14f70dcc0dcd0dce0dcf0dd0057500ea15e1135b077a00e7084f049b168e1686
        02e1076e076d04e8108507ea14820b4d0d290cf60fa806ac14a91600169b159c1481032d032e0787078b172e070008da05e00def16d7093506420cbe097b16d2
        0b5107650d5a161b173e039a039906690eb602250c3d04c60bfa140e077c077d0b5a077e146015910a0304f30821160a0d0511b40195067507220ffc0e5d0326
        032303240e5c14fd13e317a50585065c16840697023505dc00f904a817b017920bc70ab50add0ada0ad80ad60569119c025003da0563152012cf07160a590a5a
        02440caf114e0058005916ca162a061c13370d4002df0267172013bf1561135e13aa0b600b610dca0dcb09ff059a05e1151115121510162216230feb0f8c06e7
        0b52023c08f60b56159315941595145314541455139a14560ff6159607fc178d151303ba0508082202d50bd102520a0c053604240e1612af114215da114115bb
        04c702b604c81535173a17ac12e105ca17aa17ab067412851303145e08f7054b0c8f027d0825127e09b3062b01640ebb108a0b2909f80a540a5711be036d1299
        059705990e20020306bd03d20b98171f0a120ef111b70e17029515250dc3094e094c094d059b01ef059c020706f800c3007b0cfe086c16cb0e130e1215cc158e
        098401fe0b0209d3113c147b0088082a06720a1312d10b9f10b005450d550d540d570d560ab70562086e00fd121917f817f617f70c6c0d2d0271040906c91610
        05eb097d08f5018d0aec03600c330c34085210f41270034f085c066c0b87102c09bc0d8a0475179d020513bd180402090847016b04291611091c091f091b151b
        0bb50bb30bb70bb60bb21671007e062305b3085d04a4143b02c915bc17be158d07f9013701380d4d0d4e0527178a0a90115b063402c507180ce80ce70ce60ce4
        00d3114d112a027b16a00bf90657039103900eaf0efc08591418113d113e156015e401ae05e20c880efe0efd01e009b5022702260acc08e008e608df11bd0e5b
        06990b4e0ae511ef0a1916e7083302ba0db90db506ef002711e206551167055d055e065d04e9112417400a8909ca057a12d40d3d0f3b021009a1117f0a8a07a3
        0bcf0e5608840fc10129160f11b11192056f0e41060f12bd16cc0fc6133a116a026801390414041306430179017a0c4d0f0501090c6214310c820c810d2a0fda
        093e093f028a123617bc0b820b7f0b7e0b830b810b800d3f05a60dbf056e13c606320c560e780b07009a154004d504d60fc204b70456026e10af01e70cff14ff
        0ff1129a12a812960c3a16f8091a045f107312cb01e5030809cc131b116f0ed6000b04480126097217a60dda0eaf15c600bb11661390006b006c016109750e66
        0008176c17ad0bd80d43073b0503118711851186118410b310c110bc10bf10be10b7086d161e07d407970e1b156405710c250edc050410fa12e20f2302690b23
        116b0b2c1190090905b605b7149d06ea06eb04160ccc0ccd12941292168f16d60d240f7f1208000414e60cca0ccb0b2a17800d5e0f52079a0f2904b915091509
        098615a40aaa0f5d114613a816d00e0503700f5e024f03fb11d60419034601e605f207d9046a11da0b060785165e0c500f6f07be166a166b03f703f810e10f3d
        158c16160cf814b513da10d70d8f105b02dc060702e20f8108e311550d8d0da313950bc909c216f600eb1151084617d50cd910ee10ed0ba605760b400b3f08aa
        10fb0d02150812ae02f900d7169a006d006e141614151417105c0818081915cf15d30dc80dc9104f0ca115ca10fc041f084814f1028e072b058211170ecd1616
        122812240aee0e51175a10640aa413ea0aa6078807770c4503c503c4072407250bd5031c173f082410d6008b174310fd0f3f0cda067c0a320d65164516c50a7e
        0f80139704080bc802db163016a816db0b910b9215ff11890e76134016ef16f116f00a1600960a51031b0656165f04180e290e280fcc0ba90b270c9d053904a1
        08c704380fd503de13d213c708f40372093c15c1028208b6150f1273122c0ca315a9018b018a0c9204bd0e0a0e090be51088111b097e0bef0dd80c89060c1764
        176508c103c6138e08e80586058712e30e890e8a0dc2042d16f514d916760b5f1108137b0e0e0771016a03e4108202d40b9e0c640c490b7a018c028c07f00c9e
        056d1343134213410a3909fa1026022b13c109a514b400fe00fa08911599085a15a30e74011814c6163616c006ca063709fc13c5044416140ae613a613a313a9
        07f60ee1027202730fb80fb9071500db00da158315e60e140e250773070415d0133d07dd07de14c710e50cb10d5b0cb30cb00cb210690c11072c08cf0a79008f
        10e016e0161d0ec00c01048a1592138113831380138212a60d5c068b02361487141c141b012b1159115a08e909db1047104812681757136c1093170c11070cf7
        14fc0c4f13f9150e0d7b07d807db132303620db8113f14030d6e157100d915c415c50d1408c21638045c078407810780078207831206052d01520714133b03ef
        015601541239056b056c054704e610f9041715f415f307081675166d01f1115e115f137d11b911ba086a0b3d0b3b173906f900d5178500c700c8101107b40c23
        10360d06071f09d80b69005b06db156b0965005e0993167002dd0614177d049104900a9304420deb085101df0b6d0b6c0b3c0b3e0e5411cf0736162916cd0ae4
        045d045e135413530a7a13281329132a132b081e06fb06fc034d1199142b0e540b210b240b220fe302be02bf00cc00cd010a07d60c3e171e024d0a6a09ce0cfb
        03801334063d00850564056515d513c301cd10200a8f06e00e7a096e04dd0cf1113710c2061d061e13ef028b004b15fa14bc0d790d7a0d75078f158911a200d0
        13d61209048e03ab139616d9004d0d47064003c30162105d112600e40d9414610bbe0bc1031d17220bdc07cf151a028106b802b207e81562067906780ae811de
        11dd037e037f177e10740c8a162011830114011503af09ba0018001711160f6e10491360136113621363136415d80c2a086f078a083916f916fc06d60f700ca4
        0f740f7504870f7b0abd0abe11d2055002ae0a250a2402e402e30980140b06a306e509bb0da5104514951322078603f115d215d1087017410d230a8c0dd308dd
        08de1442097808af17f002b81758020a16731674098216dd117e117d1197088b0f5b070d038f048d080809990b990c6110e2086615c015ef081602d20d420e6e
        06f7140611a103a500c104920bce0d76018900c0002a002b0029018806c111880fe10f660789088108d2125503fc1587055f0ac902d306c011a3055c08b80fd9
        0e9a07ff07e2013a05fb010b1051036f082e1682111309fe03500d580d5911f213580d95077b0ba20ba10c5417cd047d166117970f560f540f550f530bb4143f
        1565156615690a7b0fca0aa701bd179f10c8144f0000114f11500fa50d6d160e039e0f0e08d1135d01fb01fa0340034102e8080e1000132f177c0b110474035b
        0c0e0c0c0c0d102704d104d20fce16e40649024b003d04a90d6a0dd6096b0d9f0ccf108306410fec084b121e121f09b90192169e116d12b115000481024e11b0
        0e480e490e460e4707481237035e0aca09c10ba314580d4c155d05b212eb119d09ad0e1113cf0e77105f12da12db12dc12de12dd019914db019d100d112e0871
        0bf6029e029f043a0150137e099c0ecb02c80fcb04980499077013d30bcb0d660d670680067f05a1154a04550a020e040e030a5e0a4116eb10030e06078d0213
        148d0d830ac20ac3074a16261371175e17c017bf081c057400a307380a5306190618081f12f116850c19173500dc0c12015901580157015a15b014d512a11559
        0f001687061606151095141e08a814d7055b0fdc0fde12bf045704580a8506bc0a4e17520d7d063e035c00ec0e87092f0ce20ce3166e048b163f14ae0f5a124e
        0bee02180b6b008e16d414d404f000200019102e062d0581043906a2033b1244034407510752062511b504c905480fe6037815010c090f330f350ec80d270f34
        1582158006210c030166162e162d036e00c916d5142312aa0ed516a712f4023d065b08cb0c080c0b0c0a05310580057e057f057d011a011c011d011b172a0cc3
        02a609c815ba100b0fa60398076702de1421072d14620f59163200980cba17330b160b15058f0d45046104340460155e0b3903df16df036a0400177213b413a5
        080207ce06dc08c911030837022c03550cdb05ec1262065404d704d80622108003d80c3504850486075707d50e610e620b4300210e070e08027417b214941754
        0241040b049711d913b7098e028d122a17df17e000bf0194172815ec07f8140d0d6c0f630f2b0f120f9307f401f913e508f2011f042a042b0f7305410c990009
        057905a908c4034c01a6123b10b60c7210b11657165804d909ef064b064e064f064a064d064c1761116915d410370ace0acf0a9b0a9c15d908070e80063f1452
        15ee103403d016e8135507f3037509910baa07b80609040614a815e50ea9093b12b612b70a2004e4126b121d0a66020f0ba70a42035d013b0d8509f716e217d9
        17210224017f0d180d17136f001d019f0eb207e60bfb0e960eca063c0668142f02530aa20aa308110ac611581157163a0cc7138b0e2609300931104e16b0087c
        10f81534032014b90a011529141a0148150711621123115d13500fff0c06036509d702981295170e06d40bbd111f05bc05be0bf20bfd0c2b0c2c14e9059e035a
        03e5042704e715ce0d440af81079032b15f0069406950f8b12cc0a691781085f085e02c20c2613070a8b003e003f111c159f169209c709ea0294040a13e71072
        15a804500639134604ea00d813201432036913080047004806b606b5074e0882058916b102ef0a9806c206d204760477058a16f308b7129e12e51289065e1796
        0dd40dd50ad501eb141d04c217da13e807780e4f108417d416ec15cb1653004f005009aa10b2015d0327032510b80608163406a506d309cb053b034813790653
        0b640c281749031e164d11ea0a2900260e7902e003470291073205ff15791338133904da14930bca09f506330290152b0eb312420b0c0ba00da2176e00920093
        009412121213146402fe1057064512cd153c053f011e178217830f440a77160317db17d714b702800d35019c062c062e078c03d613690bbb0d0e14c910dc11fd
        17ca16770b380895178804960a1a125e08680b5b0b5c171d03a903530836168b0d46155a125d03330841017407050099084e07f217c70c87122313450b671160
        088303aa0f9704a5049d17f90a6b06120ab902f703ff0e5700560a62026d025a025b1637076b0a6c1195112515e7134405110a9d0d2113f609810c6b113610de
        0933167f13c40a2f1514177713f51465014f175900ff0dc7114a0dc60b35147e14fe046806b91281103e00790078007a075017080dc40db10db2037b061017e2
        00ce13db13dc0be30c7913cb01130793130b0e24111e11d8164a01160ce50a7813f7111513dd1410140c144e0f2509d015a015a10d4a12601753081501a701a8
        17cc0626062705660f7d0f7c02110ed00726134b104b059217b707a80169099809710cde16c813bb158a0d7e03ad03ae04e00d7812180fc5038e14b014b112a0
        129f12c20a8116010e390e3103930ef00d12158b09ab08e4148c108f109007f10b650b6600b9178900b7102d090d0706089f13ca14ba0ca817ff174e0d410da0
        137314b20cfa06201032147d12a20bd3061104fd004a17a008c01401154e13c90687022e0361014905db0d3b10dd091217b300950f8908650cbd0cbc15a70254
        109412641543125f01da025e106509190b2b0b2e0b2f0966109d17ae00d20f390f3a12b91389142d066606670bde0bdd0bdf0376050f02ed02ec02ee02eb02ea
        0a6d005500ba05b00eae15320e1510e910e710e410e310e810e60da4039b125000f20fdd007114ea14ec14ed14ee14ef14f0159e0e1d05aa06da157f0fb001a2
        02f3060d0a150aa8148e16ce125115f916fa16fb11560734073317e808c60b4c0e3f0bac0e7f007c04a616f403c0045409f60366036703680b7c17300afa0595
        05f909460948094709490206103b097f0a230c6915b200c617fa091303790ff812d2049512560b940b950b960b97071b01650e820f130eed0703070210d914d6
        17dc02ca0fbb05df05cf099602ce02cf02d002d1131214c50a92005f0a9107da17a3015e00cf0ac70371137008ab0de201c60c6d062807ad17e9154f0f380528
        161f0ea50ea207b314300eab0eaa0e2b03cb03cd03cc0dee154403730edf0edd0ede16e9153d16d308a700c200350c31097a0bf301db02f61435143614340e92
        0aba0ef60ef9132d132c00ee0ac8051510bb091404ca0c7a0fcf137802401563172c1444003109010bc40fd404c01628171602bb047916590fc7131d022210da
        13d7021b088d0665044504cc04cd14000f85023b101915bf041b05ef0c740f8f10b40ffb039f03a00f2407aa0745122d15ac15ad080c080b0a9f0a9e10cc054e
        0b14081000c40da90daa11a407e0161516880bc2066b0b340a7f07bc0d8810331024072011111112110e110f11100eec0beb178706bb06760b1d0b1e118f10b9
        15860277044f044d049c1795173c0176017701780ef3079805e705e805e405e905e305e505e60d38135c0da10a8207a9020c162f02c71022176203540eb01267
        15c815410ddf024c05dd0efb0efa120a17790b1c16b2125c10090b0d16310d300d3101aa1087032204a304a20e950e941070106f106c0c050e9f08e701c70964
        107a02170a2a065f0660177a14ac176612ea0b2d14c1009d07fe09890c30096d0ce012050606090a00f30b19159b029d09260543034211b80b250a2c0920091e
        091d004200400041101d101e0d0b0c320a431347134805c91030103113660ae70ef40e690696043306be0c7f0c8006bf0b57008111ab04bc015b055a05590242
        15a20c530c520fac076913e411ae02000cf90e980c8b00f110760d0404300e0b0e0c0e0d0e8101c515ae15bd0739033a0800118e11a00a1e13be0a210a220bae
        13190f16099207991099140a13eb138d133500360437025d136d131717b11619099a0a8d099f0e6708f81654165516560f0f112708670f10086917170432172f
        0167016814680544161c100f10100358175515b70b79177108b1175d08b30054179917980bba113808a407960bcd0bb00bb102b007b006c306c406c50d1114b6
        10df124305070363036402e5172b080f0cbf136a136b0faa02e916c908a50410040f11ad079b021402151773177414bf1748152415230e90079c07a017f217f3
        0c57090212841283144c144d112909c913210ad10ad201bc14ad0bb90f6715380a860c830a700a7111c611c7162c09eb09ec12a5133e133f0d36049302fa02fb
        142a01f7027a091016e61060022114e800dd10d50f03129b10f210f50b6f069c016d027612ce088712d013b114f20ef500820084008314e7103a06f501f8083a
        02390d51106306cb04a711d113b201de06e1129802f501ad12290c27139d139e126316b6098f174b128a128b0fd0012d012e012f0130045a0101010215e01502
        1503150415050e630e6b000d17b908eb08ea08d608d80ff708ef0aa00aa104720480069d065107e10f940c8501e817e505cb0301030013ae03130ca00b0b0b8c
        0005000617ba034504ac102517b81612159d10770e43087a08790878087e087b0880146b127403820acb0f720ffa11f40f09087d08db08dc102902d702d80af5
        17af145705ad0c160c170b6e0cd3176f17700cc20cd20cd012e00d89144b067012bc0709070a0c4e08e108e20dec14da07a507a6124a124c008704351784143a
        0e8813a713a40c04058e04c50ded124b1690025702c4054912771521023a112f0fab105810ea12fa126c13f11374154c148a013c013d013e132715d615d71118
        0dd1016e016f017201730170073f0740074207430741039500f710ba0bec10f7035712fd12fc0ffd07b1072a05cd172d05bb12a91171129c0ba50f460746156f
        15700721156d0279027801e409d60c0f06d506d906d8003c003b0045004606580e3b08f914b810710fc30fc4025117d012ee12ed04940790096c167d0e850758
        010701060ac4090e164c112b112211f3050b01f00d6903f203f30813110111630b031488144310a710ab10a810aa10a905d205d40cc8060b0cdc0eef0ef70cc5
        0cc601b20a0d0f181618096f0970170b170a073c073d15dc15db12010f19178f0f1a12340f1b13ec13ed0d8e142c16e5001300140015001617de06a1096313f3
        0201130a11a91734106605670ad411ac074d00b801b811ec05ed0a2b00bd01e201e100d4012a09c30cb60cb504491775177617141712171317110eac043103a6
        11d404ba178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c
        178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c
        178c178c0d6b174c0701085315b10c39140f0561057b0bed05d30ce10967118d0b080fe80b4b05bf115c14c214c314c411a704ff107c0cb906e912d3082313b8
        13d5060e04f4176d17a417dd04f513d90255022d104a04df0d5210cd0c3b01c1170f143714380b8e0c9a11b614eb0652063a0fb70fb610b50b78110011390aaf
        0ab00ab10ab2156715680469081d084308440293028f1604128d00510d490a10119b068f069008f00601060212ec144a082c082b0089103f0c3f0c4011820c47
        03ce0c41072f14cf14910e2f0e30100508981506146f12f912f80d2b134c134d098c0bb8146e12e40b46003714731470147214711474146d02aa02ac02ad02ab
        02330234024802490c510bfe0dac14d306730b490b4a013f01400141075314630394179e1253032c00a80fae0faf0fad0ac50cee0cfd177b0ec90af70af60bff
        0b1204ec04eb16f70e1900a70e1a0d1e0f7e0f150fd6068e0a380a380a380a380a3816ab0f8d16941693167b0f6103d303d415c203d50a370b130629062a093d
        0756107d029a029b008d103810390ea10ea00553137713751376113008bf08be00760ff200f60dc00dc1094500650d15121b0ab813e606f017d802750f6b0abc
        0ac114a314a414a614a50075042300320924092500b000ae00b200b500b100b600af00ad00b400b3163514f814f90c600c5f14fa13e0083c077405b405d705d8
        049e049a16a116a20b930f080a27017e0a8e09270be406930b3a07a4066d11e7168c1394126e126d03040317030607bd05b101a1034b03ec03590e9105de0c43
        180203e107a20594105200340033114703c703c801a505880f9507ae03eb170d0ee90eea0eeb0ee50ee60ee404aa0a730a740d2e080a0b410c670cc10e1f07bb
        174f08a11222122112200a1104e20d0710420f770f790f2a17bb104007300f4e145111c20d7f0f17152d13260f76008c007d0f780f96125b01e90e9b0e9c0384
        04bb154b0e4504361393038d16da053a01910401177f146a0c7009bd133313b017f1179b08891536104104b211e509af09b009b209b109ae14750cc405a302af
        040413d10b00067b14c012710c290e8b0e4007b215aa0f6a137a00c512870cfc14271152107b09c503560a0016e100670c6e10560ed410eb104c104d00ed01c3
        141f11650142014304890c8c11640c150f8410c315f80c4b157c157a157b110414e014df080314860c5b112113cd13cc10d40a3b0a3a166015330c070f8a0d1c
        1769170908fb0eb10383009710f00a070a060eb7017c02fc02fd0fa710910c6816520100069e07b507b907b611e312c312c412c512c612c712c812c912ca0e2c
        158409c615fc07df08fb147f163c163e172704cf133c112d0f360a97123c17cf0b470b1b0d03044c10d31089015301510fbe0fbf09c009bf04fa10d10a50111a
        0fb50fba0b9b09fb16a310a20a7207f70b5813f80284028516ea15b815b90b750b730b720b760b7711aa14be11df0cc914bd0b53028608ae0287156c00f50903
        157e157d07ee12d6046f0470046d046e04710bbc04b6123a004e008e1490148f059606de06df0193100404c10fd80fd7043b0bea0e7b0e1803b410160f7116b5
        0e6a079f03ea07bf122604ce05bd01cb0335032f03300331033209a70c940c9513d40cef14660f2116a912c00ead0940054d0bf50f20160b00f8044312520ee0
        05ce16020ceb0cec006a148315be061f036c07e312ba0516051705180519051a051b051c0f680abf0ac005d50bda0bdb171505da15ed15f704b00e5f148408fe
        09000f4a03360246048406f1062408310ed8101212a414fb0fa40fa91499149a149b149c1678076c00230826068201f209380d8b03cf13fb13fc172617b50039
        043d08d00230023102320fed179401c801ca08a20d1d083d083e0514013201330134013501361467170117031702170416ff16fd170016fe11c300e50ee70ee8
        12df12d90a1c09e2007407ba151d0c920fee0fef100614aa14ab031f16910d3204af019a14450197019816c413e2125913e112bb0861082808420ca70ca51148
        049f077902bc04d304d4009b0f6d077f0ca612b512b412b3081b15de17780c6613ac0a5c0c860b2815b60f8e0b4503520ced0fe70c360fdb16d811dc0c5c1446
        091606cd06ce04220ec716210ff40ff3106a180017b6151e03d7035f02a70b2602a8115315dd04f1142804f2125a1290179004bf08580c980a8305c514cd17e3
        014401450146007008ac00e20ece17e4169910cf05f30e8c0f640f650f9a0f9b0f9c0f9d0f9e0f9f058c058b0d72128205b905ba0689068a0d920d1a0ec5149f
        122f005217ed17ee110900f407290a76071a071d071e149e02470e4d0db60dba0db70dbb0a3103a7029c029210ef139f13a015b512070155021d1550028303b0
        002d0030002c002e002f12d7108107ec0b9d0d4f089902f10ec611cd0a400c4617190f5c0d910d9012fe12fb12ff165c056a1479147714781476147a0ed114e1
        0ed20ed313860510173d0c2d179a09a809a9018701dc08b401b1152e0686087206850a040b3017c914d0154706aa06a906a606a806a705010502006800690646
        1689168a11a80ea6035108b20b5d113b170617050a75033e15c30dd20911024511fc06831061106205c102c302c002c116a502bd16b30d500e6405f505f805f7
        05f605f402a0003a15fb06030c221280145b1240124116620969096a07f516d116631650045902ff17ce088f089009080eff17cb001103bb025610c9109e079d
        079e08540adb0adc146c13bc06e80fe90fe20de30de40de50de6042c116e17c8021f03100e1012f609f2010f0110010d010e0a650d64167913d0039d02160208
        0a4715a509f0141204f700cb062f17f517fb17fc1498026a113a112c0f2c0f320f300f2e0f2f0edb0f2d0396095b03e00863005a1175117616650a3309d20147
        099712720a940f3115f1043e0af40af30d0a08d508d308d707d714af0aa50727098705ac05ab0c5d041104120f2814070f140d53156e0c9f0e22020b15850a1f
        0a2d06981598046c01d90a440e6c15af040300ca1170055116af15e8124917240dea0de90de70de8138f0f400f410f420f430f43050a08500635175f03b11313
        131403b2173b03f903fa031a16ae14f5021a02cb09dc09dd09de09df09e009e10829001a067a0e700e6f0e71009e009f01860c1e0c1c0c1d0c210c200c1b0c1f
        07641697099d16c609f115880270026b12ab0328078e1092150d04830766094f09510952095309540955095609570958095004f91261098316ac150a0e3c0e2d
        0e3e11191288176003f5071c07190ae10ae0070f070e071107910c9609a00ab40b09019e01cc15e90eb5106b084c154216b4131c02b9124d0f6c026f0d730f98
        0f9900fb122e0af9084d0f7a0ae30202066f0f9017d115370b74060007e9094b094a0a3414de1035014e12b20025075f07630762075a0761075c07590760075d
        075e075b0c7d11a5097c17320d2c01f30568055213de15971398057015e30f860f870554109b109c109a06ee0896121712161211121012151214021c0afe00ef
        08620f2200e307470ebd0be00ae90d7c07fd065a16240a870a88046207e4072800be10c0140512b816c715e2123e13f4047c047b047a07b7153117ea04640466
        046504670329032a031204b11180117b0d6f0a140e60130506c706fe03c117eb103c103d104603fd0080116100280bbf01b901bb11fe14c80a0b03db063604dc
        10f3142209c413ee0c240bf4175004fc057c0131022f0e340e3a0e360e350e320e330ad3000e17180a5d028804070a3011e00be70ea809e5
        """
        /// Index into the descriptions for each TCP port.
        static let packedTCPDescriptionIndices: StaticString = """
        11370a0803890e9d056104c300e5047f0e130a40031305fb05fa11b6119e104d0b1709e009df04c911cd0ed90eb806af073f133a09ca0a3e09cb04ab096f0ea0
        137904e2137707e413761378003514ec037b11240ca4023f023e11fa06ac0e9e0e9e0e9e0e9e04d0ffff06101359136b09b7037709b70a5508e00f96043709b6
        0b94049d11d30f9c042110f111230a500af707ec06940041028b00060ea70f530d990d9a0f9b0a20ffff1049007412250f7e0b8f029905860f420b9c00750969
        0b220968066e0d4113db13e613e510b107ba03fe0d100ae50ae40ae6052d052c024908711247120c07eb07ea08aa00480f7f06de01f10f2a0af20af20f7d08d1
        0cd40b160f2b0f5a0f6102a402a3138a105a0ac50e550f180b930b8a0b89139409891274065713610bb602400869123912410bf20bf50eb008cc01560d880e0e
        06880dd20c2c109a08720436043804c004c10f52077e015101500152014f015201530152015211b5007711ab00c007d312730844038e13f30b74124008660208
        0209030effff04b410efffff090904ca0f98ffff0e1e0fd705640c8207ac015e06da01bd13650f0711d711d6098a07a6ffff0d6202dbffffffff05e008c50bd7
        0596ffff014e128a09fe0c57044613f813a30cf00d1c0d1d0ce90e620eba0ebb11aa0dd10d5a13a405ea02dcffff0991099204530ad9ffff03f70359ffff1034
        ffff0fef0f810e57019004540bf90a9c0dfaffffffff03500954093d093d072b012e0add0add1141114214301431142f001b076400a801541235094b12111105
        11040a48051f0b600bdd0aa908f107e90ca5123f0696ffffffffffff086711c80dd50dd404080e9f11ed10bc082d01d710430c53074c01650f4b016601670779
        077a0789ffff10070bf40bf312231222075e0b0c0a8f0a890430ffffffffffffffffffff13f21434104f0a7304050403040400a7039003c103c203c703ad03c6
        ffffffff13bcffffffff04720473ffffffff1220ffffffff149e0e67ffff0a96ffffffffffffffffffffffffffffffffffff0d68ffffffff08500107ffff14b6
        ffffffffffffffff11ea11ea0d04ffff0ce80ec0ffff07e8ffff0f940a910879ffffffffffffffffffffffff061d0d3d14ab14aa13ed14c9ffff1461ffff14e0
        141fffff121207870ad314d9148410b403dd07d814b213d814a6142214f0ffffffff0ba6ffff013c14e2ffffffffffff145dffff04120413004d07991483ffff
        049fffff0e7dffff14adffff0f12113b14afffff13d914871496ffffffffffff146d146c13f914ddffffffff05dc1260ffffffffffffffff0f6a025c0ef90d6b
        08e60d3f0a43027b05be115805ff05a9071d115e02770f510d1b0eff00fa10d20e901371079d11770f6c03c3ffff0ff1ffffffffffff06e806e90f88086e0efe
        0efd040903810f000545036d042d03d7040600b20d3e0de900070e2607d0ffff101affff0e44145fffffffff09deffffffff054e0eedffff0d19090604110e8b
        02e50bef07a406dd0eb4007b11440f790e4511a109fa06d60ce50ddd042c10d1ffff13d40a210a2212581257127d02a000360402127c12c4065d09cfffffffff
        136c02ad02ae09a70726ffff01550b03129909d1075113b6ffff07a50e6312270c0300d105bc094e07da141901010f2e024105950594033c113007db07dc07dd
        077607780777147c0ba10628063e0ede145bffffffffffffffff14c1ffffffffffffffffffffffffffffffff1493ffffffffffffffffffffffffffffffff0ab1
        ffffffffffff0a9205c9ffff0cf20aec0aeb0aea0ae913fb0656043404f714490c34117dffff078f079000d30c120f4914bf14c008dfffff008f008e01c21424
        14230b7714d507ae0d03ffffffffffffffffffff071effff0e390e3a148202e71083146200e809f30b3200680a4510c30b70005e10c801d8049b0611132d10dd
        10dd11d502b00c8f04f30e9701e20078126c0f8dffffffff0d0208cb129c08f208a10fa205d60846084502a8065c01e302830245131c0e2a03f307af01ac00bb
        10750d1f006d01320132132702b502b402b305cb05cc05ce0c580d140e4e0af8037610d00e460e4709a50d1a00450046137e05dd07ed07eeffff10ac0919085e
        09440a82009e009b009d0ee701fe01ff047affff0ab707030702070208d80ef00ef10278027908d704650a570c4606e211651417059301941251124f08310649
        1369ffff027f056d022d0223124b134e0076037d0b86144f0cab13f70ca003f8072c072d10680dee0ded0def0334125e116700bf00be042f03e7062604e30824
        04240f2901f50a7c000900ce0912091303060abb01150707122e0374068d13d1061f0c740e500b8e030113d204290f020becffff0943096b00d401350a4e0f16
        07c8053506b8ffff0a2d08c914ba0551070f00fd00fe0df510f00f571200127b0f390f92043505d4139e0d5dffff0eaf12450836ffffffffffffffff0b09084a
        ffff0b041004ffffffffffff12d2ffff0a3affffffffffffffffffffffffffff10300c5d0c5effffffff0debffff0d0c0452040a140c0d1512f60a6c140e02c9
        0529ffffffff1471048604870d74ffff057d0dc707a0ffffffff0eda0b2908a313460f17ffff0cf302a50589ffffffffffffffff06c7ffff023cffff0e2b0d28
        0c8c08a207470ee00f9301d50d7104fe05b3ffffffff0070006f0ce90bd8ffffffff04601301122c0556ffff10c4ffff0cd10d42ffff04ae0849146a1306ffff
        0ac40e010543ffff078a127a0119147314730e880e8804b0097e0e920620087c03da056a02aa05de09b3094d11ce0b840b850b9b0bdc03ff0fc806a4124a063b
        063b032505380260077b032605680855119c014714de06750c3901820317038d0c3804de10bb10ba0db10b8d0b8c0ccc045c018712b502e302e406a80dd30dd3
        0829077c0b551143108b07320736018b083b083c077503fc0bdb11c911ca11cb11cc0686019a05a0074813ac0fbc146f0833074f07500ec1022e0a750a740765
        0fbd117f05650567056602e202e208520a130dd80c8d01580c640ce4118b0770067006951457054703fd12920bb90dcf0dcf078513560beb09e40d790c3d02c3
        02c200df1244ffffffff0c6c11941186ffffffffffffffff0d24005b0a88004e039e08fd1486096304daffffffffffff1481ffffffffffffffff10f805f11272
        0fbe102c0477055306481249ffffffff0ece0a78ffff0a7206440644ffff12bf12be12c212c1ffff14790ec613da1454148c0dd0148c0bce148cffffffffffff
        12c0ffffffffffff145affff085fffffffffffffffffffffffffffffffff01b2102d081606dcffffffff027affff1268015cffffffff00abffffffff02de0d49
        134302b1ffffffffffffffff0ca30321ffffffffffff0a95ffff08a4ffffffff09b209e3ffffffffffffffff1497ffff127fffffffffffffffffffffffffffff
        ffffffffffffffffffffffff1495ffff0fae0fadffff1065ffffffff08600b490b470b460b450b480bc1ffffffffffffffffffffffffffffffff102f11200970
        09710c9f12d30cc40cc5096a050907f107ef07f0ffffffff0820ffffffff0fbf103affffffffffffffff148514c3ffffffffffffffffffffffffffff1040ffff
        ffffffffffffffffffffffffffffffffffffffffffffffff085708570d25ffffffffffffffffffffffffffffffff106effffffffffffffffffffffffffffffff
        ffffffffffffffffffff0e580e59ffffffffffffffffffffffffffffffffffffffffffffffff14ac039affffffffffffffff06c606c806c4ffff06e6ffffffff
        ffff0761ffff113d0349ffff09e2ffff0f3102ec0dbcffffffff0683ffffffffffffffff0329ffffffffffffffffffffffff105410f2093b0da9ffffffffffff
        ffffffff0f7bffffffffffffffffffffffffffffffffffffffffffffffff059f08d0ffff13f605f0ffff1498ffffffffffffffff06121349ffffffffffffffff
        0b2704ffffffffffffffffff12dd121305ad0af1007a0a6a03930708053005310ab8063f0cad0cac08b30fc40e190e1a113a0a0d06d70e40058c0d82ffffffff
        ffff1243ffff04b2009a00b1ffff0c8e0c9e0ac011bfffff009f009cffffffff1127ffffffffffffffffffff04b3ffff12060f3affff00630668ffff12ca126e
        025606150614046e0dba068510e0093a0abc09e50d350534ffff120f12d811e510df02f202f306210622ffffffffffffffff0b7b069e078402720a3f086f12a6
        093f06090acf123e14ed031e031d05170bee13c50a4903e409950f8306400641096106420fe2115f0877047c06a3122a10aaffffffff056f05c30d60147b077f
        078007810bc4118c0f78136d10eb05b012b605b701fb04eb006402d30774077309fc08b508b708b608b908b804180e7a0207ffffffffffff0ffdffff07e607e7
        ffffffff0e6c0032003312aeffff02670f300a3901e501c0132e0f7011d210630f69090b090c0b5c0b5d02dd04690447113511361134123212330d4c148e05af
        097601b5074013e913dd13de13df13e213e313e413e113eb13ea13e013dc13e713e8033affffffff0253ffffffffffffffffffffffffffff14a4ffffffffffff
        ffffffffffffffffffffffffffffffffffffffffffffffffffffffff0741ffffffffffffffffffffffff05a60096ffff0dc0ffffffffffffffffffffffffffff
        ffffffff0b8801a6053a13ec097c133408130c450ec70baa01cd11950b5a078e078c078d046700c9046801a9071c005501b106a5047412af0bae0bad0c430783
        079c019b08cf08380fde10de0043065e051a07be0fea095f0d16048a0acc0acb0ace0acd08b404a306c1012fffff13a713a613a50a8309f802110372059b1214
        0c1f08120718034e08e4028909a909aa066b0e0f0efb03070672051909250d7d07b50b3c13f0136a01a3108113a000c606b6009502a912150759075c07581139
        095a0959095b09570958126900400461043b067303b310a702461181138b11df0655007c007d0b2e0b2f04f41364ffff0e73141401f005bf09d709d609d509d4
        0a620a5a149f0d4f0a6d0a7dffff029d03640b1d0c4806bf0ffe0e690fdf11c2120a00ac04e909bc0c4f0c5000f5084d13c713c608ad06f4070006f206fa0b0d
        052f093c08d90e2907c9128f06a702420b520b4e05a405a20ed5055f0eb704ad0415140704710a4f133d080407b804be10030b260c8a00c808150e300803062f
        09ff0b0707220d26013712500e3fffff04d10b01045a0fee12820ccf14c40ed801c1007e0360035f05080188018909810c54006a09b114cb0fdb0a2e0abe0cd7
        1438143902541055ffff0921091e091d09220920091f0ac6042e0aee0975108a053b10890b9208ef00f611bb03ee03ef0ccb02d5038202190dd9018609eb112a
        ffffffff0f0c0f0b0a4212e9075602ba0da60f19018302e1082b10350e28ffffffff03bf00790798ffff0b7a0b1c116b00510e240f550039003a014bffff0bcd
        000c1309136e0fcfffffffffffff06810680083504a20d6affffffffffffffffffff06771230064b062d0bb51149ffff0a260c00ffffffff100d0c71022608f4
        0e9b09330e93074904db04dc0e4f141b141c03830a6b0a6b0f0f0f0e12c9128609f70c7e0e530005118009d809d908fa135d0ad20caf05fe0c56ffff11901191
        079f116208b20cb7035b0f6712830b7f0294ffff020603660e4b0388ffff0185044a064d02bc0e4d08d2063a129a0a280c4d05daffffffffffffffffffff0c8b
        115c122f09e710fa10910d650b6f0da001e4045613cf0c7b14320e20ffffffff1071ffff082312e8ffff0e6dffff037cffffffffffff092a04b1095e095d0737
        14a109edffff0fce0264010e12d7003b003c0fd30fd20fd408320c9a0c9b0ca60ca70b3a0b3b0d8b0aa2116d14a203970667118201c605e704200e020bfa122f
        0ebd0ebc08de0b0813050da1ffffffff0892ffffffff0a510341034005e305e40a0306c31342ffff0d6600e913440dfb0c9009da051e07d60ad41224128007fe
        0c33107203710988ffff124dffff12880972097314dc0e320a06ffffffffffffffff07c7004707e302e8ffff125f0387ffffffff0cd3092bffff0a9d048002d1
        06ee03b8ffff03360f7410880717029607881201022506e711330fca0e64ffff11f300a100a009bfffff0af40af309900dbeffffffff0a1fffff09bd04631354
        1355073e0343106d0710ffffffff10100b120b13048304811318111812aa090a0dfd0f480ba7ffffffff03570db8ffff09270a7a0a54091c0164022fffff0a9e
        041c105d105c105b07e008630ced01ed1084081e10f70065011406db11e2067111f00bd90073110c124e127effff05030864108703bb121908da0f650f620f68
        06520c02021202130d470d48ffff01120111115a117affffffff061cffff116f0f3206780679110affffffff0ad1ffffffffffffffff146905e906f307fb00ef
        ffff128c123a0c3c099803d9ffff0f4e0f500f4d0f4f0f140ad0052b01fc10e60f8a0f8901ae0e710e720711083d0cfd0cfe0fc2ffff10660dc6131dffff09e6
        11290a270f7c11320ade064c064f103e028a0b510e1d0f800ad5115201101169116affffffff121e02b7ffffffffffffffffffff0e52ffff009105b8ffff02a6
        009300920fa5041a041b048e0466ffff0386120e120d140d12a9129dffff0e230e230f4a0ec80ec806c009030901ffffffff005c14f1ffff13b414940b670a25
        0cf909eaffffffff095cffffffff11500792003707a812a4ffff0a141312ffffffff088502af00e30669ffffffffffff090209040b0affff05c712341261ffff
        02b802b9ffffffff07fcffffffffffffffffffff05540555ffff0eb510a80b0bffffffffffff0ce101dd01de00570058006c05df0a4affffffff07f3082c09e9
        ffff1044050600e204a404a5117310851467ffffffffffff0bcb0795ffff09e10e1c0dda045f045f0f7a01c5002effff11080ada0adc0ad8062411dc0e3513b5
        0f750e5402c802a10f581287002f0aca0507034400940d050df800610ae20f9909830987027c12fdffff0647113802240597023d068211480571057008dc14b1
        14b00298029713130d0d09be12170e3100710072032d07b3001500140df70c2e0cff0f3c0f3d0f3e0f3f0f4011760a3006c905d3066212ea12eb05460c2f09c5
        0c300c3102c70c32088808890e49040f01d907ce07cd01e801e7079a0f820533054f07b40b4d0cfc0f9d103c063c02a71172117106c2084809f608050af0070b
        070c0f95ffff06e5139d01da130301a7126a126b079bffff0e2f0e7c0eb206d90cb50558029c03d806980847097d0a790d22119b12021203069d02520ac70bd3
        05ac10110eb9029f005402caffff0adb0162005309460947094501610e950e870cde0cb805d2072306fb0fb8036711daffffffff024d058b0ebeffff05e81039
        0b181428067d007fffff006b0d8c029306a6ffffffffffffffffffffffff0ea2ffff0ae305d11464ffff09ae03d003af12b113860cb10cb00cb20cb2092e14cc
        114c114d114e07fd0cd208910176140f0d340ff2000108bb08bc0d3000e41248029e0c5506f810790198019702ff0300025e06990d6414c6132a08ca02be0287
        09a409a209a30cee03ea03eb11b809ec050a0203002202d400de0b5e07930b380a5c0db905bb0d5206bb14b314b40822016912750e270fcd118d02c4ffff0e3c
        0b580b590b570b5605f20ee40c1708c208250929106a0b2b1146043a0f210e3407b20bac0e0b0bdf0be00f1a0f1b0f1c0f1e0f1d00a4112200a50d6e0e6606ca
        0a7b01d001d102ac013d10c707ad0c59024e0d78039403950616108f0ed40b820b8205760575042a0dad02b608760ba00b9f144b087e12a10ce606f7062301ad
        10ee0ae1089e089f05f4123805231307136f13700689041d004905c807e504a904a8069f107b12b709a81339011309a613ba13b913b813bb11f71116102311cf
        0c51126f045e045d0d0f10af06ea111404140cdb0cdd0ff00384038508830599144a14ee0adf04fa13d5011a0b1007670a630a64129f02cd064510480cb40eea
        0a1c00ca0911ffff12840fa3047b0b3700160d8104fb041e02ab053202800ee10302ffffffff04f60ec503e5048dffff030b118f099e0c180c1a0bf70aba0c19
        1159115704f009990157123c123d02920056128510f30f150c4012770f2401b6055e06ef099d09a0099f040704bc04ba04bb04b90c0e0c100c110c0f133209d0
        01d6082a11fd0d6d0d32031c05cf02550fc105c50f9a0cb3121c00f30aa312ff08d608d504220ac803c503ac03c411450939035c128b0290036a130d0f6d0f64
        068c06430591035dffff066001ee028509db04d50ef7051303f003f104f10db403580a3702c502c6ffff05e20bc70bc8090501b90ba40ba5021b14fa1092024b
        01b7010c03960eae0880143d025a0ea914f514f60052016b1331000206540fc700e10fd60c200c620d2906bd0196109c07140b3d0bf00bf10c7c04890a290008
        04bd04c40743028400a90ee50d1701480e56125b125a03f21147050e0510050f050b050d050c13080e2511700d87ffffffff088a088b116e06970b1e14051025
        00030fe3034f12e510620651030907a7090d05d80457036f0f9e11790b9e076214bd14be145803f60fc30e5a144c01ab09c7087f028800800b35086512cb1380
        132f01b400ea09f109f0106907a301700b7e0b7c119804390c3f0505051614ca1264088d088e06b508bf0e6f0e70121f09dc0f540ea1076807690d0112df06d2
        14a011a6027d11000875119d0fe0013b11920e850e0a12bc10600d63099b028e07bb01d30f101322056909820e09043c043e0a3209960a2f0e8900f804280361
        0362039c046a118e0ac901740ce2027e120b058109420d500ffcffff13140924092301dc0a2b102a0814002300240e0614d612d10827085301cc0370109e0da5
        11f202b20504105e0a56010f0fbb10ab13d600c1002c002d053e053c05cd06d504d612e113d008a6053f05440262026313fc135e142b1045100003de051405ba
        0b780b7908c4018cffff03e21381109d063d0bc20d0e137f12e61204125900e600e7081a0d83014907820782ffff041f121d058d0786076f0484026d0f471400
        09500c84134502e912d60edd04700bb30b0f01e6052401c905c6044811fcffff14c504aa10c909fd0248057701c8119f0b2d0ee9086d09280b4b132800f000f1
        00f20e7e0e7f10cd02760d9805020ff9113f040b0133131513160c28144d12101392139110fb135a0b731395059c059d061a0355100f0a8c0ab411130d400e81
        137b14e40938072e135f02cb07bf0ef506760931093214e903270286037312b80b2811d00ef402f8066613be05b113b1142a0650137a09bb0ea80f87095314a5
        06d403280e5b0312ffff139f07f2049e08ba03df03690bed00310fd9081c01ba01bb128e06130f730eb10e1011781404046f088c1475108effff0a850e1b0db2
        1451126d1086072a11be0ea610a210ce08ab13040066147e0ec4147d090010d5139803ce0539103600c3038b038a038c013413190b6d0b6b0b6c030d04dd14fe
        005910931094098f098e0fc6006e14f2102b0af60e080e4c1255017b09d307f60f720df610950f850f7110c60c7007b911ee11ef0b2c100b14ef065a13bf13c1
        14fb10d810d90417142e142d01aa0bfbffff105f0d0004c21372063313bd07aa046204581281107611dd0ae0032b032c03e60bb80ca20cd0029b10f410f51047
        10460757080012360afb0afe0314016e0a0111de081b06f910e90db50db606a0095109520193136000500d27074d05b20733108c110209c913af13020fcb0d23
        006910f609e804f90cf40cf50f130a02045b0caa01361388073d14b911a70ee2052a01f6039f013804f80b240d20075505bd0042148d069c09ce09cd11f1020a
        0dc10ef811a50ef601a502570d071437093508fe08ff145203a00e96010610050c880fe9106b10a9054a054b098c098b098d030a040002170216021802150214
        07f413b013b304d20bcc11a30ba9ffffffffffffffffffffffff0b4c03200fb5011c0cdc003d11261183118311831183118311610bb70431054811560d3c06ae
        13cc045907c300d0122612620eec122812ec12ed0e6e05ee05ed13970ed309080b3309660b9000d503ae133f133f033912e003bc03bd03be0965102008eb0426
        0451080a08090808080701a40d5c083407c00a8111fb019c13a90868030c07e2100103b70eee09780979097a097b055d00970bc50c630c05057c057b0de014d2
        14fd01e10d46ffff044307ab02440244024402441031111108900038084b064e138c014c005a08c0029514c707380b6e01790a84140105f513990ed70c870464
        0b660be20be105d706a00b1a0b190af9034b034d034cffff081d0308135304e004df129011400ab506e300210d9f0a34143c099313c202000f8f0f900f8e0b96
        08bd0c130c1410421041015d08c1048c0db3019e0f4c0a1d0ccd10b6024f11e8133710b80a1e072009f90dc803e11218135c0243030412970d430a0501b30de1
        0feb00cb0729051503ba04a004a110520c4e13c9073111ff037e05b90a870cc10d370ce3032303240c72063605ca0eaa1163116402e002df08b108b00ddb040d
        145e069b016f0ae70ae80e36067b121612b909fb051808f607ff05f80b390cf80dca05c20df30df40df00df10df20c040a1a1325059e051b08f708f80e980d18
        11d9021a02ef02ed02cf13850d720129012a012b0c47062e00b300b800b500b400b700b900b60b800f3b0b3f0e3d063400c7124c02500cea1352036e0b1f0aaa
        116c14d70b5f0f4504ec0c160c150e2d13b208f312ad0fba0d6908d3121b0ac10ac200aa0dbd037502d202d00b150b140d0a0d090d0b0a180b9d1433017a0851
        0dd6014d07d405aa05ab1311107a135b0f1f0936111000f90d5f09b00a36079409d20e510455074a012008e9116001d20861101c001c0e3e071507d2075d075b
        075a0027002500260d7a0d7b05000a35081104b60fd804cf0d840d85ffff08db0cae0bd10ec903a904fd09b809ba04fc0949025b14a902d7014501be01bf025d
        13ce09ad09ac0d38ffff109b0e3b01a00a0b0b950a8b011d0dab147003a40b680b690b6a0b91017811f611fe05c0026c068a0e990e3307cc108207c11459097f
        0f2c148b087006460dc910531051104e104b0ebf03b601bc1067100e141007c5080d080f080e0bcf07191294129512960c1b0df914770c1d1478135103aa1326
        0142014310cc013a123b0d6f0d70033f134f11f9094a130c08020a31073b003014f814f709800e2206e005fd14661193092d023b05f6059a059a059a0ab610f9
        0d210ee81112028c028d01ef133306580a930f430f440d36025f127106e1ffffffff14a306000e5d0e5cffffffff11090a70119711960b5b06000601ffffffff
        146b07440f060f0510be10bf0e120830103b08a708a8ffff103209300c5f11a9144e147407f707f80e420e43121a084e084f0f340f330f35096413d703100311
        0f8c0192021f075312ab0da2013900f7006005b60c4c0f110dff0e0005370536015a01c40ffb06d80ff8107311840ca100dc00dd04c811250d53059210fc06ad
        01fd0d890d0605420ab90e4810740173054c054d01ea0ca90edf0a2c0f5c0f5b102612c5145313470f080f090cce0124012501260127032a11b911ba1205112b
        112c112d112e0bc90b0e001313730705070406fc06ff070107060b7208af0e9a03d605a80511067cffff146500c514ff04e70266026514c802740aa108ec096c
        000a000b1375030310a60cec020f122d0a1513740b0206d106d006cf06d306cb06cc10d60efc029a08840cba0d5e0e80ffff06cd070a06f00cef133513360fcc
        14f9102504330aab0aac09140a6e1329130b0a5b0dd70fdd0a71134b10c5056b0fed05b405b50c44070d070e0b651119063006310faa0fac00db03b0131710b2
        0b110f660f63099a042303e30b3e0fab1270020b020c040c0f01113c02100e180cc70d9c0de20f250efa0d4e100811c310e80081008200830f2f117511740e03
        0aef11ac11af11ae11b011adffffffffffffffffffff031901230da30a1b0de70a940f270f260d6106370fb6046b1338043d10220cf60ef20ef30c960627111c
        111d111f111e020102020d80145509a10590058f058e0020001f002a002b061e0bc6072111010da7148f149001b80f200f220f2310fd10fe10ff129b0b2313a8
        13b700670887074e12560e160e070ea304b5018e0b4003a503a506590de80ecf08e5048510bd1499149d149a149c149b0445044409dd04990a5e0c850c860a66
        0a6800b004cb0c8110b30796079713201321ffffffff1341134002220c680c6b0c690c6a0c6714f314f40b4103b412d5000f00110012001013930dcd079110e7
        0195139c0ec213000d7f04a608ae0e9c0629010a00f40eb304ce07d1010b0109010800ff010d0826ffffffff03c012fb12fc12fa12f712f812f90b1b03a6042b
        0e4a02d6136313631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363
        13631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363
        136313630ad613480557066d11660a460f84041604bf0a690a5f0a60143b0d51145c0ce0096010e10e21110d110e110f0e3703f90dae09cc05501002065b06fd
        06fe048b047d130a138d138e047e0f7601f401f20d6c11b20ba80ddc0a470177132310ad10ae09740a9b0ec6ffff051205790cc90cc80da8091b0dea0e680893
        089408950896114a114b02bb06b706b106b201ca01c712370ff605a50b3107bd04e5057f0580071204e404e614b50163ffffffff01410cfa0a4b0a4c01310a53
        ffff0a4d05eb0fa410560afc0afd0d67142c11e7101406b406b30abf0f370f380d93092f1013101b096dffff1018101510171016101910120235023602370232
        023002310233023409ab09970aed1117056e14600907008400850086ffff107d0318ffff0eeb02f001000d3a0d3b0d3908a00a650a6f134d0bf808e208e10aae
        08e30476047512e70117004b0fd114060c600c660cca057807d907d907d907d907d912db0cbf14e614e512cf0cb90353035211d802a2087308d414021403086c
        05f70db001ce01cf00440d8e0d8f147f1480041010d310da0f46066f06ed0724003e0d57ffff0b750b76078b00d609ef0e150bda0d7705a71389021c0c2d089b
        ffffffffffffffffffffffff03990a90075f0760142013d314e114e7004f14e8141a13c814c214a81489118811890a770a76118a0f77068b05d013fd04410442
        02ce039212e312e209770c3707cf0099080614500a0f057effff13620574058712c7058a14560305026a026f026b05f904e10172026e13ee03a300eb04c50d97
        1501035e05d504250862037a0d330e8a0347034611e1133b0cc3063902eb131f0c0b0c0c0c0d0c070c080c06034207f907fa141e068e0948146e1472147a05fc
        ffff07340e600e5f0e5e087d10c20a170c770c750c760c790c7a0c7805ec0c9710b00eca0b3407f5ffff103f06f6019d003f06f5ffff0fb913c3062b062c0333
        024c11c00b8b03b5107003b11289048201680c980a0410d409b5084c0f360f6b0daf0c8006ce113e0cfb13cd0dce1441144214401443143f10ca0a610351023a
        036c101e08ce051d051c14bc0a240bde0bc3063811f40c61106c06f10fc90aa70fa80e1f0ddf001affff0874128dffff09b40d900c410de40dcb0dcc011b014a
        0fe10ecc00870088001d0a8e0ecb0a8a0c890d4d12460aad1154115511530e1111c611c5058810e50a590e0c10a1109f0d1e14461445125c11a40aa80c8309f4
        13570754071a0b20039b02040de5087b087affff00980268026914910dc20a7f0000013013870617061906180ed60ff40ff30ff50ff50ff50ff30ff30ff30bba
        11d408280ca8067a071b10d712531254106f04d410580e65129808a50ee61390096e0c9c09ee03150dde0dbf013f013e0d4a0d4b07b707b6ffff11b414350e04
        0d440d450926086a12760dc50ead0693094c10a3022802291291116811680917091609150918091a0ec311070ed10a5d11060940022c0739022a11eb01220745
        11bc11bc0687100603d303d403d103d203d50984ffffffffffffffff10e410e30488140b140a016a0d9b03e00cd90cd80d960a19ffff0bb4032f0ce70cbc12c3
        015b062a02da05db0e610fa0043f10ec02fa02f402f502f602f708190a970a9810900a9f10cb0c6e127814270bea143a040e09940c1e122b01020c520fb70c42
        04af10b50a3d0a4100cd10dbffff13ff0291067e0fda0bb0048f04900491049204930494ffff089c089d12feffffffff134a04ea11e614df03dc0ba310dc14ea
        14eb0c9d02fb025102cc055204f206a90c5b0d730fd511280d310dbb0fe40fe50fe60fe712ac064a02fe06b905200763077d12b2034a077107721330ffff138f
        03b90cdf01f701f801f90d541384017c017e0ab309f506a206a104f5ffffffffffffffffffff10cf12ee12f112ef12f012f412f212f512f314ae00620c090c0a
        1009100c07cb0854010505d90dec0a0a0d550d560daa1077107802ea12660ac303db016c10b900a200a312c810990eef10980cf1ffff142514260aa50aa60e6b
        0261ffff024a03ec03ed00e00c73ffff0aa40fb40fb30fb214291310130e0a7e0ffaffff0a0710ed11f80cc008fb08fc0a440d760a380cda12b00ed009af10c1
        14361408140903980bf612310d590d580dc413ae03cf14d3111b03ab023808f50239ffff130f132c0fa9132b1021102411b702d80d940a9a0801ffff0fa11382
        0089008a008b0019072503a80c011383129305ae044b107c0c2a0c2b0c490c4a0c4b0d2d0d2e0d2f04cdffff0b830f040528052805210522110b09f20c3e111a
        148a072813a113a20e05012105c41265141114121413111a12630b060b4f0b530b4f0b540b50074201d401cb0de60f5e0f6011f50ea5014001b011c70227032e
        09c109c209c009c309c401460db7069a092c0b81073001e9095501a207de0a520b360cb60b430b420f28046d046c12bd041914d014cd14cf14ce14d10bfc10c0
        0bfd0bfeffff0401133c0a33148807b007b1016000c20c6d00af11a0052706c50526087809341366111511c1076e076d076a076c076b03fb03fa00d900d8056c
        12ba12bb0e380be30270073a094f0e94131b131a088202fc14db13ef075202200e1405250d9d0d9e04d801e001df01db12a3126712790b4412a8044d0450044f
        044e044c0221030f122903e90a230f030f9714b714b8125d080b080c065312a512a212a005f3027514fcffffffff074b0c5c137c000e033b01f30d750dc300ed
        00ee06aa060a060b1080107fffff0d8a0d8d0b980b9a0b990b9703a10e8f13680e9111bd0bab104a07bc085b085c0859085affff0d7e12b3108d032207a107a2
        07e111e308560f8604ee01040562058313ab13aa107e02050e1715000c210c270c250c230c240c3b0c220316031a031b067400340e8d0e8e0a0c07d70837008c
        143e0fc508860c261252035408e708e8ffffffffffff070905e10f9f088f05e5079e04d304320a58037803790c7f0fb00c650b4a11510af50b8701a8115b07ca
        1444141611e002bd018107df0bd204d7036b101f0e6a0a8012d9117b0fa6ffff0b640b620b610b630f560c950c910c920c930c9413f4066a0560ffff03801033
        0839037f133e0365115d02e612de11871199119a083e083f08400841084208430690001705820bd50bd40bd600fb00fc015fffffffffffffffffffffffffffff
        142112d40881129e085811db01c313ca101d02f10625120911310345060fffffffffffffffffffffffffffffffffffffffff07660fc0081012da112f0aff0afa
        0b00ffff1103ffff03631412141108c808c7055a0559055c001e0a99081808be08f000a6017f117c0b210d0806bc14d812e41037025910380c3613f50fdc0d2a
        0d2b012c0eab08ea06ba0c7d08ee01a114150cc2137d11a8ffff0449068405730572144711210d8600d20fe8ffff0608060e060d060c06050604060306060d5b
        060206070ab20e7b0184131e0abd018f04a704ac109614da0f5900ec12080cbd0cbe13fa0d130d120d1105a1072f0e790e780e750e740e770e7601af08cd011e
        06be0c6f011605ef0c3a0a0e08dd14bb06ab05981242082e082f03c8067f05e601440dac10a40fec031f12070fa7105902c102c002bf063511a2139a03ca03cd
        03cb03cc038f0271027300900e820e2c0ad707c60e841028054103320337139b0cd50cd6071f036800da0e2e05a309860be40be60e860eac082100bc0501100a
        0dfe0f8b095603a20a2a0a3c134c047804b8005f02580bbb0bbe0bbd0bbc0bbf0bc008c3000d13240817022bffffffff0ed20a160be9081f
        """
        static let udpEntryCount = 5556
        /// Assigned UDP ports, ascending, four hex digits each.
        static let packedUDPPorts: StaticString = """
        000100020003000500070009000b000d00110012001300140015001600170019001b001d001f00210025002600270029002a002b002c002d002e003000310032
        00340035003600370038003a003e003f0040004100420043004400450046004700480049004a004c004e004f00500052005300540055005600580059005a005b
        005c005d005e005f006000610062006300650066006700680069006a006b006c006d006e006f007000710073007400750076007700780079007a007b007c007d
        007e007f0080008100820083008400850086008700880089008a008b008c008d008e0090009100920093009400950096009700980099009a009b009c009d009e
        009f00a000a100a200a300a400a500a600a700a800a900aa00ab00ac00ad00ae00af00b000b100b200b300b400b500b600b700b800b900ba00bb00bc00bd00be
        00bf00c000c100c200c300c400c500c600c700c800c900ca00cb00cc00cd00ce00cf00d000d100d200d300d400d500d600d700d800d900da00db00dc00dd00de
        00df00e000f200f300f400f500f600f700f8010001010103010401050106010701080109010a010b010c010d010e01180119011a011b011c011e011f01340135
        0136013701380139013a013b013c013d013e013f014001410142014d01580159015a015b015c015d015e015f016001610162016301640165016601680169016a
        016b016c016d016e016f0170017101720173017401750176017701780179017a017b017c017d017e017f0180018101820183018401850186018701880189018a
        018b018c018d018e018f0190019101920193019401950196019701980199019a019b019c019d019e019f01a001a101a201a301a401a501a601a701a801a901aa
        01ab01ac01ad01ae01af01b001b101b201b301b401b501b601b701b801b901ba01bb01bc01bd01be01bf01c001c101c201c301c401c501c601c701c801c901ca
        01cb01cc01cd01ce01cf01d001d101d201d301d401d501d601d701d801d901da01db01dc01dd01de01df01e001e101e201e301e401e501e601e701e801e901ea
        01eb01ec01ed01ee01ef01f001f101f201f301f401f501f601f701f801f901fa01fb01fc01fd01fe01ff0200020102020203020402050206020702080209020a
        020b020c020d020e020f0210021102120213021402150216021702180219021a021b021c021d021e021f0220022102220223022402250226022702280229022a
        022b022c022d022e022f0230023102320233023402350236023702380239023a023b023c023d023e023f024002410242024302440245024602470248024a024b
        024c024d024e024f0250025102520253025402550256025702580259025a025b025c025d025e025f0260026102620263026402650266026702680269026a026b
        026c026d026e026f0270027102720273027402750276027702780279027a027b027c027d027e027f0280028102820283028402850286028702880289028a028b
        028c028d028e028f029002910292029402950296029702980299029a029b029c029d029e029f02a002a102a202a302a402a502a602a702a802a902aa02ab02ac
        02ad02ae02af02b002b102b202b302b402b502b602b702b802b902ba02bb02bc02bd02be02c002c102c202c302c502c602c702c802c902ca02cb02cc02d902da
        02db02e502e602e802eb02ec02ed02ee02ef02f002f102f202f602f702f802f902fa02fb02fc02fd02ff030103020303030403050306030703080309030c0320
        03210322032a033c033d033e033f03400341034f035003550356035c035d035e03690376037703780384038503860387038e038f039003910392039303dd03de
        03df03e003e303e403e503e603e703e803f203fd03fe04010402040304050409040a040b040c040d040e040f0410041104120413041404150416041704180419
        041a041b041c041d041e041f0420042104220423042404250426042704280429042a042b042c042d042e042f0430043104320433043404350436043704380439
        043a043b043c043d043e043f0440044104420443044404450446044704480449044a044b044c044d044e044f045004510452045304540456045704580459045a
        045b045c045d045e045f0460046104620463046404650466046704680469046a046b046c046d046e046f0470047104720473047404750476047704780479047a
        047b047c047d047e047f0480048104820483048404850486048704880489048a048b048c048d048e048f0490049104920493049404950496049704980499049a
        049b049c049d049e049f04a004a104a204a304a404a504a604a704a804a904aa04ab04ac04ad04ae04af04b004b104b204b304b404b504b604b704b804b904ba
        04bb04bc04bd04be04bf04c004c104c204c304c404c504c604c704c804c904ca04cb04cc04cd04ce04cf04d004d104d204d304d404d504d604d704d804d904da
        04db04dc04dd04de04df04e004e104e204e304e404e504e604e704e804e904ea04eb04ec04ed04ee04ef04f004f104f204f304f404f504f604f704f804f904fa
        04fb04fd04fe04ff0500050105020503050405050506050705080509050a050b050c050d050e050f05100511051205130514051705180519051a051b051c051d
        051e051f0520052105220523052405250526052705280529052a052b052c052d052e052f0530053105320533053405350536053705380539053a053b053c053d
        053e053f0540054105420543054405450546054705480549054a054b054c054d054e054f0550055105520553055405550556055705580559055a055b055c055d
        055e055f0560056105620563056405650566056705680569056a056b056c056d056e056f0570057105720573057405750576057705780579057a057b057c057d
        057e0580058105820583058405850586058705880589058a058b058c058d058e058f0590059105920593059405950596059705980599059a059b059c059d059e
        059f05a005a105a205a305a405a505a605a705a805a905aa05ab05ac05ad05ae05af05b005b105b205b305b405b505b605b705b805b905ba05bb05bc05bd05be
        05bf05c005c105c205c305c405c505c605c705c805c905ca05cb05cc05cd05ce05cf05d005d105d205d405d505d605d705d805d905da05db05dc05dd05de05df
        05e005e105e205e305e405e505e605e705e805e905ea05eb05ec05ed05ee05ef05f005f105f205f305f405f505f605f705f805f905fa05fb05fc05fd05fe05ff
        0600060106020603060406050606060706080609060a060b060c060d060e060f0610061106120613061406150616061706180619061a061b061c061d061e061f
        0620062106220623062406250626062706280629062a062b062c062d062e062f0630063106320633063406350636063706380639063a063b063c063d063e063f
        0640064106420643064406450646064706480649064a064b064c064d064e064f0650065106520653065406550656065706580659065a065b065c065d065e065f
        0660066106620663066406650666066706680669066a066b066c066d066e066f0670067106720673067406750676067706780679067a067b067c067d067e067f
        0680068106820683068406850686068706880689068a068b068c068d068e068f0690069106920693069406950696069706980699069a069b069c069d069e069f
        06a006a106a206a306a406a506a606a706a806a906aa06ab06ac06ad06ae06af06b006b106b206b306b406b506b606b706b806b906ba06bb06bc06bd06be06bf
        06c006c106c206c306c406c506c606c706c806c906ca06cb06cc06cd06ce06cf06d006d106d206d306d406d506d606d706d806da06db06dc06dd06de06df06e0
        06e106e206e306e406e506e606e706e806e906ea06eb06ec06ed06ee06f006f106f206f306f406f506f606f806f906fa06fb06fc06fd06fe06ff070007010702
        0703070407050706070707080709070a070b070c070d070e070f0710071107120713071407150716071707180719071a071b071c071d071e071f072007210722
        0723072407250726072707280729072a072b072c072d072e072f0730073107320733073407350736073707380739073a073b073c073d073e073f074007410742
        0743074407450746074707480749074a074b074c074d074e074f0750075107520753075407550756075707580759075a075b075c075d075e075f076007610762
        076307640765076607680769076a076b076c076d076e076f0770077107720773077407750776077707780779077a077b077c077d077e077f0780078107820783
        078407850786078707880789078a078b078c078d078e078f0790079107920793079407950796079707980799079a079b079c079d079e079f07a007a107a207a3
        07a407a507a607a707a807a907aa07ab07ac07ad07ae07af07b007b107b207b307b407b507b607b707b807b907ba07bb07bc07bd07be07bf07c007c107c207c3
        07c407c507c607c707c807c907ca07cb07cc07cd07ce07cf07d007d107d207d307d407d507d607d707d807d907da07db07dc07dd07de07df07e007e107e207e3
        07e407e507e607e707e807e907ea07eb07ec07ed07ee07ef07f007f107f207f307f407f507f607f707f807f907fa07fb07fc07fd07fe07ff0800080108020803
        080408050806080708080809080a080b080c080d080e080f0810081108120813081408150816081708180819081a081b081c081d081e081f0820082108220823
        082408250826082708280829082a082b082c082d082e082f0830083108320833083408350836083708380839083a083b083c083d083e083f0840084108420843
        084408450846084708480849084a084b084c084d084e084f0850085108520853085408550856085708580859085a085b085c085d085e085f0860086108620863
        086408650866086708680869086a086b086c086d086e086f0870087108720873087408750876087708780879087a087b087c087d087e087f0880088108820883
        088408850886088708880889088a088b088e088f089008910895089608970899089a089b089c089d089e089f08a008a108a208a308a408a508a608a708a808a9
        08aa08ab08ac08ad08ae08af08b008b208b308b408b508b608b708b808b908ba08bb08bc08bd08be08bf08c008c108c208c308c408c508c608c708c808c908ca
        08cb08cc08cd08ce08cf08d008d108d208d308d408d508d608d708d808d908da08db08dc08dd08de08df08e008e108e208e308e408e508e608e708e808e908ea
        08eb08ec08ed08ee08ef08f008f108f208f308f408f508f608f708f808f908fa08fb08fc08fd08fe08ff0900090109020903090409050906090709080909090a
        090b090c090d090e090f0910091109120913091409150916091709180919091a091b091c091d091e091f0920092109220923092409250926092709280929092a
        092b092c092d092e092f0930093109320933093409350936093709380939093a093b093c093d093e093f0940094109420944094a094d094e094f095009510952
        0953095409550956095709580959095a095b095c095d095e095f096009610962096309640965096609670969096a096b096c096d096e096f0970097109720973
        097409750976097709780979097a097b097c097d097e097f0980098109820983098409850986098709880989098a098b098c098d098e098f0990099109920993
        099409950996099709980999099a099b099c099d099e099f09a009a109a209a309a409a509a609a709a809a909aa09ab09ac09ad09ae09af09b009b109b209b3
        09b409b509b609b709b809b909ba09bb09bc09bd09be09bf09c009c109c209c309c409c509c609c709c809c909ca09cb09cc09cd09ce09cf09d009d109d209d3
        09d409d509d609d709d809d909da09db09dc09dd09de09df09e009e109e209e309e409e509e609e709e809e909ea09eb09ec09ed09ee09ef09f009f109f209f3
        09f409f509f609f709f809f909fa09fb09fc09fd09fe09ff0a000a010a020a030a040a050a060a070a080a090a0a0a0b0a0c0a0d0a0e0a0f0a100a110a120a13
        0a140a150a160a170a180a190a1a0a1b0a1c0a1d0a1e0a1f0a200a210a220a230a240a250a260a270a280a290a2a0a2b0a2c0a2d0a2e0a2f0a300a310a320a33
        0a340a350a360a370a380a390a3a0a3b0a3c0a3d0a3e0a3f0a400a410a420a430a440a450a460a470a480a490a4a0a4b0a4c0a4d0a4e0a4f0a500a510a520a53
        0a540a550a560a570a580a590a5a0a5b0a5c0a5d0a5e0a5f0a600a610a620a630a640a650a660a670a680a690a6a0a6b0a6c0a6d0a6e0a6f0a700a710a720a73
        0a740a750a760a770a780a790a7b0a7c0a7d0a7e0a7f0a800a810a820a830a840a860a870a880a890a8a0a8b0a8c0a8d0a8e0a8f0a900a910a920a930a940a95
        0a960a970a980a990a9a0a9b0a9c0a9d0a9e0a9f0aa00aa10aa20aa30aa40aa50aa60aa70aa80aa90aaa0aab0aac0aad0aae0aaf0ab00ab10ab20ab30ab40ab5
        0ab60ab70ab80ab90aba0abb0abc0abd0abe0abf0ac00ac10ac20ac30ac40ac50ac60ac70ac80ac90aca0acb0acc0acd0ace0acf0ad00ad10ad20ad30ad40ad5
        0ad60ad70ad80ad90ada0adb0adc0add0ade0adf0ae00ae10ae20ae30ae40ae50ae60ae70ae80ae90aeb0aec0aed0aee0aef0af00af10af20af30af40af50af6
        0af70af80af90afa0afb0afc0afd0afe0aff0b000b010b020b030b040b050b060b070b080b0a0b0b0b0c0b0d0b0e0b0f0b100b110b120b130b140b150b160b17
        0b180b190b1a0b1b0b1c0b1d0b1e0b1f0b200b210b220b230b240b250b260b280b290b2a0b2b0b2c0b2d0b2e0b2f0b300b310b320b330b340b350b360b370b38
        0b390b3a0b3b0b3c0b3d0b3e0b3f0b400b410b420b430b440b450b460b470b480b490b4a0b4b0b4c0b4d0b4e0b4f0b500b510b520b530b540b550b560b570b58
        0b5a0b5b0b5c0b5d0b5e0b5f0b600b610b620b630b640b650b660b670b680b690b6a0b6b0b6c0b6e0b6f0b700b710b720b730b740b750b760b770b780b790b7a
        0b7b0b7c0b7d0b7e0b7f0b800b810b820b830b840b850b860b870b880b890b8a0b8b0b8c0b8d0b8e0b8f0b900b910b920b930b940b950b960b970b980b990b9a
        0b9b0b9c0b9d0b9e0b9f0ba00ba10ba20ba30ba40ba50ba60ba70ba80ba90baa0bab0bac0bad0bae0baf0bb00bb10bb20bb30bb40bb50bb60bb70bb80bba0bbb
        0bbc0bbd0bbe0bbf0bc00bc10bc20bc30bc40bc50bc60bc70bc80bc90bca0bcb0bcc0bcd0bce0bcf0bd00bd10bd20bd30bd40bd50bd60bd70bd80bd90bda0bdb
        0bdc0bdd0bde0bdf0be00be10be20be30be40be50be60be70be80be90bea0beb0bec0bed0bee0bef0bf00bf10bf20bf30bf40bf50bf60bf70bf80bf90bfa0bfb
        0bfc0bfd0bfe0c000c010c020c030c040c050c060c070c080c090c0a0c0b0c0c0c0d0c0e0c0f0c100c110c120c130c150c160c170c180c1a0c1b0c1c0c1d0c1e
        0c1f0c200c210c220c230c240c250c260c270c280c290c2a0c2b0c2c0c2d0c2e0c2f0c300c320c330c340c350c370c380c390c3a0c3b0c3c0c3d0c3e0c3f0c40
        0c410c420c430c440c450c460c470c480c490c4a0c4b0c4c0c4d0c4e0c4f0c500c510c520c530c540c550c560c570c580c590c5a0c5b0c5c0c5d0c5e0c5f0c60
        0c610c620c630c640c650c660c670c680c690c6a0c6b0c6c0c6d0c6e0c6f0c700c710c720c730c740c750c760c770c780c790c7a0c7b0c7c0c7d0c7e0c7f0c80
        0c810c820c830c840c850c860c870c880c890c8a0c8b0c8c0c8d0c8e0c8f0c900c910c920c930c940c950c960c970c980c990c9a0c9b0c9c0c9d0c9e0c9f0ca0
        0ca10ca20ca30ca40ca50ca60ca70ca80ca90caa0cab0cac0cad0cae0caf0cb00cb10cb20cb30cb40cb50cb60cb70cb80cb90cba0cbb0cbc0cbd0cbe0cbf0cc0
        0cc10cc20cc30cc40cc50cc60cc70cc80cc90cca0ccb0ccc0ccd0cce0ccf0cd00cd10cd20cd30cd40cd50cd60cd70cd80cd90cda0cdb0cdc0cdd0cde0cdf0ce0
        0ce10ce20ce30ce50ce60ce70ce80ce90cea0ceb0cec0ced0cee0cef0cf00cf10cf20cf30cf40cf50cf60cf70cf80cf90cfe0cff0d000d010d020d030d040d05
        0d060d070d080d090d0a0d0b0d0c0d0d0d0e0d0f0d100d110d120d130d140d150d160d170d180d190d1a0d1b0d1c0d1d0d1e0d1f0d200d210d220d230d240d25
        0d260d2c0d2d0d2e0d2f0d300d310d320d330d340d350d360d370d380d390d3a0d3b0d3c0d3d0d3e0d3f0d400d410d420d430d440d450d460d470d480d490d4a
        0d4d0d4e0d4f0d500d510d520d530d540d550d560d570d580d590d5a0d5b0d5c0d5d0d5e0d5f0d600d610d620d630d640d650d660d670d680d690d6a0d6b0d6c
        0d6d0d6e0d6f0d700d710d720d730d740d750d760d770d780d790d7a0d7b0d7c0d7d0d7e0d7f0d800d810d820d830d840d850d860d870d880d890d8a0d8b0d8c
        0d8d0d8e0d8f0d900d910d920d930d940d950d960d970d980d990d9a0d9b0d9c0d9d0d9e0d9f0da00da10da20da30da40da50da60da70da80da90daa0dab0dac
        0dad0dae0daf0db00db10db20db30db40db50db60db70db80db90dba0dbb0dbc0dbd0dbe0dbf0dc00dc10dc20dc30dc40dc50dc60dc70dc80dc90dca0dcb0dcc
        0dcd0dce0dcf0dd00dd10dd20dd30dd40dd50dd60dd70dd80dd90ddb0ddc0ddd0dde0ddf0de00de10de20de30de40de50de60de70de80de90dea0deb0dec0def
        0df00df10df20df30df40df50df60df70df80df90dfa0dfb0dfc0dfd0dfe0dff0e000e010e020e030e040e050e060e070e080e090e0a0e0b0e0c0e0d0e0e0e0f
        0e100e110e120e130e140e150e160e170e180e190e1a0e1b0e1c0e1d0e1e0e1f0e200e210e220e230e240e250e260e270e280e290e2a0e2b0e2c0e2d0e2e0e2f
        0e300e310e320e330e340e350e360e370e380e390e3a0e3b0e3c0e3d0e3e0e3f0e400e410e420e430e440e450e460e470e480e490e4a0e4b0e4c0e4d0e4e0e4f
        0e500e510e520e530e540e550e560e570e580e590e5a0e5b0e5c0e5d0e5e0e5f0e600e610e620e630e640e650e660e670e680e690e6a0e6b0e6c0e6f0e700e71
        0e720e730e740e750e760e770e780e790e7a0e7b0e7c0e7d0e7e0e7f0e800e810e820e830e840e850e860e870e880e890e8a0e8b0e8c0e8d0e8e0e8f0e900e91
        0e920e930e940e950e960e970e980e9a0e9b0e9c0e9d0e9e0e9f0ea00ea10ea20ea30ea40ea50ea60ea70ea80ea90eaa0eab0eac0ead0eae0eaf0eb00eb10eb2
        0eb30eb40eb50eb70eb80eb90eba0ebb0ebc0ebd0ebe0ebf0ec00ec10ec20ec30ec40ec50ec60ec70ec80ec90eca0ecb0ecc0ecd0ece0ecf0ed00ed10ed20ed3
        0ed40ed50ed60ed70ed80ed90eda0edb0edc0edd0ede0edf0ee00ee10ee20ee30ee40ee50ee60ee70ee80ee90eea0eeb0eec0eed0eee0eef0ef00ef10ef20ef3
        0ef40ef50ef60ef70ef80ef90efa0efb0efc0efd0efe0eff0f000f020f030f040f050f060f070f080f090f0a0f0b0f0c0f0d0f0e0f0f0f100f110f120f130f14
        0f150f160f170f190f1a0f1b0f1d0f1e0f1f0f200f210f220f230f240f250f260f270f280f290f2a0f2b0f2c0f2d0f2e0f2f0f300f310f320f330f340f350f36
        0f370f380f390f3a0f3b0f3c0f3d0f3e0f3f0f400f410f420f430f440f450f460f470f480f490f4a0f4b0f4c0f4d0f4e0f4f0f500f510f520f530f540f550f56
        0f570f580f590f5a0f5b0f5c0f5d0f5e0f5f0f600f610f620f630f640f650f660f670f680f690f6a0f6b0f6c0f6d0f6e0f6f0f700f710f720f730f740f750f76
        0f770f780f790f7a0f7b0f7c0f7d0f7e0f7f0f800f810f820f830f840f850f860f870f880f890f8a0f8b0f8d0f8e0f8f0f900f910f920f930f940f950f960f97
        0f980f990f9b0f9c0f9d0f9e0f9f0fa00fa10fa20fa30fa40fa50fa60fa70fa80fa90faa0fab0fac0fad0fae0faf0fb00fb10fb20fb30fb40fb50fb60fb70fb8
        0fb90fba0fbb0fbc0fbd0fbe0fbf0fc00fc10fc20fc30fc40fc50fc60fc70fc80fc90fca0fcb0fcc0fcd0fce0fcf0fd10fd20fd30fd40fd50fd60fd70fd80fd9
        0fda0fdb0fdc0fdd0fde0fdf0fe00fe10fe20fe30fe40fe50fe60fe70fe80fe90fea0feb0fec0fed0fef0ff00ff10ff20ff30ff40ff60ff90ffa0ffb0ffc0ffd
        0ffe0fff1000100110021003100410051006100710081009100a100b100c100d100e100f101010111012101310141015101610171019101a101b101c101d101e
        101f1020102110221023102410251026102710281029102a102b102c102d102e102f103110321033103410351036103710381039103a103b103c103d103e103f
        1040104110421043104410451046104710481049104c104d104e105110521053105410551056105710581059105c105f106010631065106710cc10cd10ce10cf
        10d010d110d210d310d410d510d610df10e010e110e210e310e510e610e710e810ed10f410f510f610f710f810f910fa10fb10fc10fd10fe10ff110011011102
        110311041105110611071109110a110e111011111112111311141115111711181119111a111b11251126112a112b1130113111321133113411351136113c113d
        1140114211441149114a114e11501159115a115b115c115d115e115f1160116111621163116411651166116711681169116a118411861188119411b611b711b8
        11b911ba11c111c211c311c411c511c611c711c811ca11cb11cc11cd11ce11cf11d611d711d811d911ef11f011f111f211f311f411f511f611f711f811f9120d
        122612321233123412351236123712381239123a123b123c123d123e123f1240124112421243124412451246124712481249124a124b124c124d124e124f1250
        1251125212531254125c125d125e126712751276127712781279127a127c128112821283128412851286128712881289128a128b128d128e128f129012911292
        129312b012b112b512b612b712b812c012c112c212c312c412db12e512e612e712e812e912ea12eb12ec12ed12ee12ef12f012f112f212f31303130413051306
        1307130c130d130e1311131213141315131e13231324133213481349134c134d134e13551356135713581369136a1374137a137b137c137d137e137f13871388
        1389138a138b138c138d138e138f1390139113921393139413951396139c139d139e139f13a013a113a213a313a513a713b213b313b413b613b713b913ba13bb
        13bc13bd13bf13c013c113c213c313c413c513c613c813c913ca13cb13cd13ce13cf13d013d113d213d613d713d813d913da13db13dc13dd13e413e513e613eb
        13ec13ed13ee13f013f113f713f813fc1400140d141014111419141e141f142014221423142c142d142e142f1430144614471448144914501451145214531467
        14681469146a146b1472147314741475147d147e147f148014811482148314841490149114961497149814a214b214b314b414b514b614b714b814b914ba14bb
        14bc14bd14be14c014c114c214c314df14e014e514e614e714e814e914ea14eb14ec14ed14ee14ef14f014f114f214f314f415151516151715181519151a151b
        151c151d151e151f1520152115221523152415251526152715281529152a152b152c152d152e152f1530153115321533153415351536153715381539153a153b
        153c153d1543154a154d154e154f1550155515561557155815591562157c157d157e157f15801581158215a415b115b215b315b415bf15c015c115c515cc15cd
        15ce15cf15d015d115dd15de15df15e015e115e215e315e415e515fb15fc15fd15fe15ff1600160116021626162716281629162a162b162c162d162e162f1630
        1631163216331634163716381639165116521653165416551656165716581659165a165b165c166016611662166d166e166f167016711672167316741676167b
        167d1686168716881689168a168b169116951696169716981699169a169b16a116a216b516b616e316e7170c170f171017111712171317141715171617171718
        1719174b17501751176017611762176317641765176617671768176f1770177117721773177417751776177717781779177a177b177c177d177e177f17801781
        17821783178417851786178717881789178a178b178c178d178e178f1790179117921793179417951796179717981799179a179b179c179d179e179f17a017a1
        17a217a317a417a517a617a717a817a917aa17ab17ac17ad17ae17af17b017b117b217b517b617b717b817b917ba17c017c117c217c317c517c617c717c817d4
        17d517d617d717d817d917da17db17dc17dd17de17df17e017e617ea17eb17ec17f517fc17fd17fe17ff18001801180218031804180518101811181218131838
        18391841184e1861186218631864186b186c186d187c187d189c189d18a218ab18ac18ad18b018b118b218b418c718ca18cb18ce18d318d818db18e218ee18f5
        18f61911191319141915192b192c192d192e1937193819401947195019511952195319541955195619571958195919641965196619671969196a196b196c196d
        196e196f19721973198f199019931994199519961997199e19a619a819b319b419b519b619b719db19dc19dd19de19df19e219e319e419e519e919ea19eb19ec
        19fd1a011a0e1a0f1a101a111a161a171a211a281a2b1a2d1a2e1a2f1a3a1a3b1a6f1a701a711a721a731a801a811a821a831a841a861a871a911aaf1ab91aba
        1ac21ad41ae81b0c1b171b181b221b271b311b321b331b341b351b361b391b441b551b561b571b581b591b5a1b5b1b5c1b5d1b5e1b5f1b601b611b621b631b64
        1b651b661b671b681b691b6b1b6c1b6d1b6e1b6f1b701b711b761b801b9e1b9f1ba01ba81bb01bb71bbb1bbc1bbd1bc31bd11bd81bd91bf91bfa1bfb1bfc1bfd
        1bfe1c011c021c031c061c0d1c201c211c3b1c431c4c1c5e1c681c691c6a1c6b1c6c1c6d1c6e1c6f1c701c711c721cc51cdf1ce01ce11ce21ce31ce51ce81ce9
        1cea1cf21cf31cfc1cfd1d021d031d041d051d061d071d0d1d131d311d431d4c1d4d1d561d571d761d771d781d791d7a1d7b1d7c1d7d1d7e1d881d8e1d921d96
        1da41db61dc81dcb1dcc1dcd1dd11de01def1dfa1dfb1dfc1dfd1e001e091e111e1b1e1c1e281e2c1e2d1e2e1e2f1e301e361e3a1e3d1e3f1e401e431e611e62
        1e631e651e681e6a1e6b1e6d1e721e751e761e771e781e791e7a1e821ea51ea61ec01ec81ecf1edc1edd1ede1edf1ee91efc1efd1f1a1f1f1f2b1f2c1f2e1f3e
        1f3f1f401f411f421f431f451f461f471f481f511f531f541f551f561f571f591f5a1f5b1f601f611f621f681f691f741f751f761f771f781f791f7a1f7b1f7c
        1f8a1f901f911f921f931f961f971f981fa11fa41faf1fb31fb41fb61fb91fba1fc01fc11fc21fc31fc41fd41fd51fe01fe11ff61ff820002002200320072008
        2009200a200c200d200e200f201020132026202720282033204a20542058205a20642066206c206d208020812082209f20b820b920ba20bb20bc20bf20c020d0
        20d120d220d320e020e120f120fa20fb20fc20fd210221182119211a213421352137216a216b2177219821a121a221a321a421a521a621e321ee221c221d223b
        223c223d223e224222522253225922602264226522672268226922a922b022b322b822b922ba22bb22bc22bd22be22c322c422c522ce22cf22d022d122fa2314
        2315231d231e231f232723282329232a232f23312333233c233d233e233f234023412342236423782379237c237d237e237f23802381238223832384238c238d
        238e238f2390239123922397239f23ab23c823c923ca23cb23cc23e723f023f123f223f323f423f523f623f723f823f923fa23fb23fc23fd23fe23ff24002401
        24062427243d243e243f24402441244224432444244524462447244c244d244e244f245424662469247f24802482249e24a424b424b524b824b924ba24ca24e3
        24e424ea251c2532253f2540255325782579257a257b257c257d257e257f2580258c2592259c259d25a025c325c425de25df25e4261326162619262226482649
        264a2693269626a026a126aa26ab26ac26ad26af26b526b726de26df26e026e126e326e426ee27032706270727082709270a270b270c270d270e270f27102711
        271227132717271827192727274227432760276127742775277627772778277b277e277f27812782278327842785279027b027b127b227d827d9280c280d2814
        283028c72904292c292d292e292f29302a302a352a3a2a6c2a802aee2af82af92b572b622b642b672b682b992b9a2b9b2b9c2b9d2ba32bc12bc82bcb2c372c38
        2c392c672c6b2ca62d502dc82dcb2de72e142e642e652ebf2ee02ee12ee22ee32ee42ee52ee62ee72ee82ee92eec2eed2f4d2f592f882f8c300c302130223039
        31d1336833a033a133a233a733a8345835983599359a359c35d635d735d935da35fa35fb35fc35fd35fe3646366936b036b136b236d136d2373d373e37413745
        374a37aa384e3a583a593a983b0e3bf13c033cc33d2c3d7c3e7e3e833f213fb53fb63fb73fe83fe93fef3ff04000411a42044236425f4260426142624263426f
        432143434344434543464348434943524353445c4541455a455b455c465047054706470747084709470a470b47414756481f485448ca48cb48ec495149c149c8
        4a384a3f4af74afa4b144b534b734bc64bd24bd34bd44c534c544c554d4c4e1f4e204e214e224e234e254e2c4e2e4e424e4e4e504e514ec74eea4efe500050be
        520752085432545655285555555655575558555955f055f155f255f355f455f557015721573d573f5747574b574e581b58eb591059a759d859d959da59db59dc
        59dd5ae85afe5b255b685b695b6a5dc05dc15dc25dc35dc45dc55dc65eb25eb95f015f025f425f915fea600160646065606660686112615a61a861a961aa61ab
        61ac61ad61ae61af61b061b164c1652c652d652e652f6562656365906615666066946695669666976776677767796ad16b326b706c866d5f6d606dd76e286e50
        71ef7531753275337534763478707917792879357a697ab87ae17b847c157ccc7ccd7d227df97ee37f7b7f7c7fff800080018002800380048005800680078008
        800980218080816382338236829a829b837885c9864a864b870788928893889488a488b988bc891c8a1b8ca18e3b90019263931694729539953a953b9b019c40
        9c579f899f8a9f8b9f95a097a10ea342a343a60ca60da60ea7f8a8b4a8b5a8b6a8caa9aea9afa9b0a9b1ad21ad22ae00ae09ae38af12af64afc8affeb1cab26e
        b301b38eb797b798b7fcb9c5ba08babebac0bac1bb80bb81bb82bb83bc00bc01bdacbdebbe0dbf69
        """
        /// Index into the names for each UDP port.
        static let packedUDPNameIndices: StaticString = """
        1515041a041a11c40638058314d804f611060cf8039207c207c01411152a13870e990cea0ce905fc1556114911c9083b0d3a0e2a0cad0cac0cae01ee14e31179
        17c605c317c30a5217c217c5005d1738044b14e413fa02b502b4153a08320ddb0ddc0ddd0dde0542167a076808fa17a10c7604a00c760c4c0aef145a05af0c75
        0e7f050d0eb91485058d14a114e50c4208c30a630835007f04880007121a138c1053105414800c0001f612f20120164713fd0e59038106cc13670e9e01210b8a
        0eb40b88085710db03b603be03bc143909d406ba10980d9c0d9b0d9d068d068c027c160d15f20a610a600a9a009c13fa089c025f13010de10de013fe0b050fcd
        0e931302139913a103e703e617c412330d3c120b12c1107e0d0f03ca17e60bd4169d0809179c0e1c026111c0161a01ec0ebf0ec411930afd006f0d1010f607dc
        10ac0f6914020a3505a405a505970598138813ff01d401d301ce01d201cf01d501d001d110ff17ec001e01190a2e169f13ba002204fb0cb415f609a307941204
        036b0be60578148909b80b5905fd145f0265114912e906e30f1f0e8d017d088e0260178b1426151915180bd9081a08fc0ffe0303119f044707d60ade0e7206b2
        026601b616de0bcc0f0b05d9053317ef102a10ca10cb101a122715390fdf0fbc1803072e04820c4e0be80be906040d77026304ef03d902641316127c12be1404
        120e01f406050ecc0c9b10f111ee03f603d116060b4f0b5008880e3d157805ea0a450a4608ca08ce08c8019b092c01a401f516170b42160514cc14cb0c3c067e
        0daf0e020cbb0b0f0a640f621633080505320d5d0d5f09b41551108d108b053511d514ca138509d102a2132e0f01090b018e137f018f01900f0c0f0d09431372
        14960ec30ec21644164309230e580c8d0c8e05a7041d05f104e512f7053704b508ff13a20c5e05250524052601a315c912f012ef0461043404600bc6127b015f
        0105134f04ed04ee00e60b0a099505730d22100e1168128f0c930b6a0907157715161572140913f00918091710070262160809ee105a020e123f08560d870c58
        082d15481549105909ed101711a613180a5f0a4814400bf00a0503c20bd20ed9046b17e11391073e0fb1041c173614d1107f168314f60e9d164211e911bf1607
        092e0d601557152f145904b30a36044a04250dc50e001747099b0f0a0e5507fb014a16461648040c0b010b1001600557055800aa09790e0f04be054c101f1225
        05f011960f26129d151f11d00c9703a20e5a001f1737144902370cd10cce0c480c4813c2023807c116680a1716a40a1d053413ad024a126a100a0af20fb3145c
        03190717158108fb06f408fd15900302138410c7127900770a1b14d217b4098515df13af163b0e83131e0e7e0e7d0e7c08ba08bb141312761278127505380415
        127a06d1040501af0473052e01b40fb210fe0003116b0a2802a112e7081711ca0b440b320c020cdd06b1119806e21254061a10c40b48055511fb03110eb8098a
        089b119a012c155b13e911cb15300bc30885100210d201b014690c1805840c1a0c37164f164e16be03a8005c051216bf16bd08120cc006ad06ae17a204400441
        0c14088c01b7117c0e4a165a0cdf090f042e0877098b122b16490ee2006306c00b7b0a3c066e00bc132502b706b006af03bd150c0a3e0a3f0a3d0fa30dfd0dfe
        0dff0db30dd7079207ca11c10af00b8410ce110a11f515280e44041e0e861230112804c30ef81729100c1680030d121c04c40e6d0072007317670d0d17680c13
        054a0bf107440a7c10280dab0da80dae0dad055607fa05c405930a4d0f8315eb120f0959095a00620eee137c097309740afb1793014c014b11bb11bc07c407c3
        0d3e152c105516dc0bd710d00163030e148b07120713027e0337001c13c00db400860d200e9701080d0812650d9304e100ab02a9051307ab17310d800d811517
        03e30f3e0529119102d60127167e14330e2e0e3710500afc166c0b1a0acd14ce07ac09e909e803fe082702da033f02cc1707117304db09a6021201c213b310d8
        010c012201231723045304520451074b074c074f0ebc10a011e60e2703f0147c11cc11ce0c1010c60090009117d307c50a670a6811540e210b7d09680bad0c6a
        018301810182123d02a402a311d302040d1308ed08ec08ee0b18125712580349034a0b17054f014d0ef208a615ab069b06fa01ff0d1f065009b707d3179101ed
        0339067102f2027f162b174d02f8119e0e1e0922092104fe0f4b0ee3089208931297110c110b110d03b7165d15b301d701d605a804cb07a105c809be05911300
        02280bf7000a00610b700b71034e0d2800df08d91613040d0834031607750f2712030dbd0343031805a0127d0ea4031514241425006401280c4412ac0a1806b4
        08490baf0ca20aea126906ec08e500a100a2111414a00d84153e16bc1357143d05ae079517f40ff90c2f0772162712b00c9c02f015c7087f0e5309e70d860e4b
        12d50a490a4a0fc01695089e0c3814a712d802d910ec052b052a052c13110f1d0f1e09390cb811020590106e05fe053c06b710a117100f37070b048f068114dd
        0a840c78053d053e101508940691109709880d820df011e80d4b0ad9174a12ad05ee102b03e8066105d612a30b9c08d4087612f302b10fea11780f920ecf0ad0
        09051231143e02990fe50677070716cf0b0e01120111101a0e7302c60540061b1742160c06ff0db0144809fd0fc80fb4176b05720a4c0c2e175c0aff0d37111d
        06d0117a094416ba00e9023e023f1266064806c80b9a118b00380a0804ae0ff0042f07c80c650b5e15580d700d71008a0e01050e12860864163d0735073703a1
        0c9102f4093603a4066a05051526015c1601086b0f6001d80397030f0eba095c09610960095f095e095d0962061301ea1681030b030c0830108e108c09940937
        0dbc13c8089d08b000a609d909da093405060e75155215531554155507eb01fd06e4090617fd12450c7c09cf0e50158f11b302890cd70cd6092d124814e20662
        066406630309030a098d0be210ae0f45016c0ebe0ff5061709cd085b080609f906d7050916510e8410a510a6093a17630ea30cf4101c0ec1047f047e004915f5
        047f047e0f1c152214f403e20cd50cd405000f9100d10c7700ac04280b330e520b8605b8059f09e314410dbe094104b40b5511b214b30754169c1246130d09b6
        06f607d2164114bb056011db0d1b0010175107cb07cc099016b916b816c216c101dd0d6811b603a309d50f510fe0156a0e6503f4114c114b0c73168d0c5a0103
        010412a7000c09f4117411770845133001bf169800530b37021e130f001208970fc9138a03050b68166f017b17a7171a01ab07230fd103070fbd174404460abb
        15cd06f30f57116c039c0a800d190f4f0c90090c0a950a0f15750c630cf3133115730a09092b106d15b416c308010d63040e0bd6134a113111320f5810131332
        0a6e004c09e410140942135a13591450136e0a6f150b099e0d9a0d980d970d960d990e38135217d6073113b90f040a9615fd1497131014dc0b8f0b900f501696
        0fa10fa20b8506440a4f0a580a5b037c037d0a0a0a550a561247131f123811ff04210af10e42130c17c100e8142e052f053007cd134912f5134e0df10df50df6
        0df70df80df90dfa0dfb0dfc0df20df30df410a310a40fe40da7084a109f04e30c5912930b360d6213920d3304b80e8e0e8f076f0e230692142911f911f811f7
        11f611fa120c120d0cb70b200546088a024313560ab6166707ef037709ac1067118a042612e808c517bd0776087308740875031408b5106804780976092a1745
        152703c911e40cf210ad1324032110861447160907e7171b069a03b8000203ac0d61119407c607c70f4801c0141414a20b8b0f490cd8033803ee153b13f21786
        03850386038703880389038a038b038c02960297165b06e60b0408200749105e1096100805d1012408cc076a174607d107d010bd089a0e55063009321200037a
        05d016aa160d06f20dd901250cf5042008cd069f06a00d1607550f4d0f4c0ab3126f11341135151c0c84088611c506ed102f0bfc05c706cf16250c4a05770180
        01b30a7d0f3c0d8c0d26154515fe01850184143c048c14f70dcc0dcd0dce0dcf0dd0057500ea15e1135b077a00e7084f049b168e168602e1076e076d04e81085
        07ea14820b4d0d290cf60fa806ac14a91600169b159c1481032d032e0787078b172e070008da05e00def16d7093506420cbe097b16d20b5107650d5a161b173e
        039a039906690eb602250c3d04c60bfa140e077c077d0b5a077e146015910a0304f30821160a0d0511b40195067507220ffc0e5d0326032303240e5c14fd13e3
        17a50585065c16840697023505dc00f904a817b017920bc70ab50add0ada0ad80ad60569119c025003da0563152012cf07160a590a5a02440caf114e00580059
        16ca162a061c13370d4002df0267172013bf1561135e13aa0b600b610dca0dcb09ff059a05e1151115121510162216230feb0f8c06e70b52023c08f60b561593
        15941595145314541455139a14560ff6159607fc178d151303ba1756082202d506880f47114311411535173a101b12e6114011431145114402b602b3118c0057
        17ac17a817a917aa17ab17d212851303145e08f7054b0c8f027d0825127e09b3062b01640ebb108a0b2909f80a540a5711be036d1299059705990e20020306bd
        03d20b98171f0a120ef111b70e17029515250dc3094e094c094d059b01ef059c020706f800c3007b0cfe086c16cb0e130e1215cc158e098401fe0b0209d3113c
        147b0088082a06720a1312d10b9f10b005450d550d540d570d560ab70562086e00fd121917f817f617f70c6c0d2d0271040906c9161005eb097d08f5018d0aec
        03600c330c34085210f41270034f085c066c0b87102c09bc0d8a0475179d020513bd180402090847016b04291611091c091f091b151b0bb50bb30bb70bb60bb2
        1671007e062305b3085d04a4143b02c915bc17be158d07f9013701380d4d0d4e0527178a0a90115b063402c507180ce80ce70ce60ce400d3114d112a027b16a0
        0bf90657039103900eaf0efc08591419156015e401ae05e20c880efe0efd01e009b5022702260acc08e008e608df11bd0e5b06990b4e0ae511ef0a1916e70833
        02ba0db90db506ef002711e20655055d055e065d04e9112417400a8909ca057a12d40d3d0f3b021009a1117f0a8a07a30bcf0e5608840fc10129160f11b11192
        056f0e41060f12bd16cc0fc6133a116a026801390414041306430179017a0c4d0f0501090c6214310c820c810d2a0fda093e093f028a123617bc0b820b7f0b7e
        0b830b810b800d3f05a60dbf056e13c606320c560e780b07009a154004d504d60fc204b70456026e10af01e70cff14ff0ff1129a12a812960c3a16f8091a045f
        107312cb01e5030809cc131b116f0ed6000b04480126097217a60dda0eaf15c600bb11661390006b006c016109750e660008176c17ad0bd80d43073b05031187
        11851186118410b310c110bc10bf10be10b7086d161e07d407970e1b156405710c250edc050410fa12e20f2302690b230b2c04de04160ccc0ccd12911292168f
        16d60d240f7f1208000414e60cca0ccb0b2a17800d5e0f52079a0f2904b915091509098615a40aaa0f5d13a816d00e0503700f5e024f03fb11d60419034601e6
        05f207d9046a11da0b060785165e0c500f6f07be166a166b03f703f810e10f3d158c16160cf814b513da10d70d8f105b02dc060702e20f8108e311550d8d0da3
        13950bc909c216f600eb1151084617d50cd910ee10ed0ba605760b400b3f08aa10fb0d02150812ae02f900d7169a006d006e141614151417105c0818081915cf
        15d30dc80dc9104f0ca115ca10fc041f084814f1028e072b058211170ecd1616122812240aee0e51175a10640aa413ea0aa6078807770c4503c503c407240725
        0bd5031c173f082410d6008b174310fd0f3f0cda067c0a320d65164516c50a7e0f80139704080bc802db163016a816db0b910b9215ff11890e76134016ef16f1
        16f00a1600960a51031b0656165f04180e290e280fcc0ba90b270c9d053904a108c704380fd503de13d213c708f40372093c15c1028208b6150f1273122c0ca3
        15a9018b018a0c9204bd0e0a0e090be51088111b097e0bef0dd80c89060c1764176508c103c6138e08e80586058712e30e890e8a0dc2042d16f514d916760b5f
        1108137b0e0e0771016a03e4108202d40b9e0c640c490b7a018c028c07f00c9e056d1343134213410a3909fa1026022b13c109a514b400fe00fa08911599085a
        15a30e74011814c6163616c006ca063709fc13c5044416140ae613a613a313a907f60ee1027202730fb80fb9071500db00da158315e60e140e250773070415d0
        133d07dd07de14c710e50cb10d5b0cb30cb00cb210690c11072c08cf0a79008f10e016e0161d0ec00c01048a1592138113831380138212a60d5c068b02361487
        141c141b012b1159115a08e909db1047104812681757136c1093170c11070cf714fc0c4f13f9150e0d7b07d807db132303620db8113f14030d6e157100d915c4
        15c50d1408c21638045c078407810780078207831206052d01520714133b03ef015601541239056b056c054704e610f9041715f415f307081675166d01f1115e
        115f137d11b911ba086a0b3d0b3b173906f900d5178500c700c8101107b40c2310360d06071f09d80b69005b06db156b0965005e0993167202dd0614177d0491
        04900a9304420deb085101df0b6d0b6c0b3c0b3e0e5411cf0736162916cd0ae4045d045e135413530a7a13281329132a132b081e06fb06fc034d1199142b0e54
        0b210b240b220fe302be02bf00cc00cd010a07d60c3e171e024d0a6a09ce03801334063d00850564056515d513c301cd10200a8f06e00e7a096e04dd0cf11137
        10c2061d061e13ef028b004b15fa14bc0d790d7a0d75078f158911a200d013d61209048e03ab139616d9004d0d47064003c30162105d112600e40d9414610bbe
        031d17220bdc07cf151a028106b802b207e81562067906780ae811de11dd037e037f177e10740c8a162011830114011503af09ba0018001711160f6e10491360
        136113621363136415d80c2a086f078a083916f916fc06d60f700ca40f740f7504870f7b0abd0abe11d2055002ae0a250a2402e402e30980140b06a306e509bb
        0da5104514951322078603f115d215d1087017410d230a8c0dd308dd08de1442097808af17f002b81758020a16731674098216dd117e117d1197088b070d038f
        048d080809990b990c6110e2101815c015ef081602d20d420e6e06f7140611a103a500c104920bce0d76018900c0002a002b0029018806c111880fe10f660789
        088108d2125503fc1587055f0ac902d306c011a3055c08b80fd90e9a07ff07e2013a05fb010b1051036f082e1682111309fe03500d580d5911f213580d95077b
        0ba20ba10c54047d166117970f560f540f550f530bb4143f1565156615690a7b0fca0aa701bd179f10c8144f0000114f11500fa50d6d160e039e0f0e08d1135d
        01fb01fc0340034102e8080e1000132f177c0b110474035b0c0e0c0c0c0d102704d104d216e40649024b003d04a90d6a0dd6096b0d9f0ccf108306410fec084b
        121e121f09b90192169e116d12b115000481024e11b00e480e490e460e4707481237035e0aca09c10ba314580d4c155d05b212eb119d09ad0e1113cf0e77105f
        12da12db12dc12de12dd019914db019d100d112e08710bf6029e029f043a0150137e099c0ecb02c80fcb04980499077013d30bcb0d660d670680067f05a1154a
        04550a020e040e030a5e0a4116eb10030e06078d0213148d0d830ac20ac3074a16261371175e17c017bf081c057400a307380a5306190618081f12f116850c19
        173500dc0c12015901580157015a15b014d512a115590f001687061606151095141e08a814d7055b0fdc0fde12bf045704580a8506bc0a4e17520d7d063e035c
        00ec0e87092f0ce20ce3166e048b163f14ae0f5a124e0bee02180b6b008e16d414d404f000200019102e062d0581043906a2033b1244034407510752062511b5
        04c905480fe615010c090f330f350ec80d270f341582158006210c030166162e162d036e00c916d5142312aa0ed516a712f4023d065b08cb0c080c0b0c0a0531
        0580057e057f057d011a011c011d011b172a0cc302a609c815ba100b0fa60398076702de1421072d14620f59163200980cba17330b160b15058f0d4504610434
        0460155e0b3903df16df036a0400177213b413a5080207ce06dc08c911030838022c03550cdb05ec1262065404d704d80622108003d80c3504850486075707d5
        0e610e620b4300210e070e08027417b2149417540241040b049711d913b7098e028d122a17df17e000bf0194172815ec07f8140d0d6c0f630f2b0f120f9307f4
        01f913e508f2011f042a042b0f7305410c990009057905a908c4034c01a6123b10b60c7210b11657165804d909ef064b064e064f064a064d064c1761116915d4
        10370ace0acf0a9b0a9c15d908070e80063f145215ee103403d016e8135507f3037509910bab07b80609040614a815e50ea9093b12b612b70a2004e4126b121d
        0a66020f0ba70a42035d013b0d8509f716e217d917210224017f0d180d17136f001d019f07e507e60bfb0e960eca063c0668142f02530aa20aa308110ac61158
        1157163a0cc7138b0e2609300931104e16b0087c10f81534032014b90a011529141a0148150711621123115d13500fff0c06036509d702981295170e06d405bc
        05be0bf20bfd0c2b0c2c14e9059d035a03e5042704e715ce0d440af81079032b15f0069406950f8b12cc0a691781085f085e02c20c2613070a8b003e003f111c
        159f169209c709ea0294040a13e7107215a804500639134604ea00d813201432036913080047004806b606b5074e0882058916b102ef0a9806c206d204760477
        058a16f308b7129e12e51289065e17960dd40dd50ad501eb141d04c217da13e807780e4f108417d416ec15cb1653004f005009aa10b2015d0327032510b80608
        163406a506d309cb053b0348137906530b640c281749031e164d11ea0a2900260e7902e003470291073205ff15791338133904da14930bca09f50290152b0eb3
        12420b0c0ba00da2176e00920093009412121213146402fe1057064512cd153c053f011e178217830f440a77160317db17d714b702800d35019c062c062e078c
        03d613690bbb0d0e14c910dc11fd16770b380895178804960a1a125e08680b5b0b5c171d03a903530836168b0d46155a125d03330841017407050099084e07f2
        17c70c8712230b671160088303aa0f9704a5049d17f90a6b06120ab902f703ff0e5700560a62026d025a025b1637076b0a6c1195112515e7134405110a9d0d21
        13f609810c6b113610de0933167f13c40a2f1514177713f51465014f175900ff0dc7114a0dc60b35147e14fe046806b91281103e00790078007a075017080dc4
        0db10db2037b061017e200ce13db13dc0be30c7913cb011307930e24111e11d8164a01160ce50a7813f7111513dd1410140c144e0f2509d015a015a10d4a1260
        1753081501a917cc062606270f7d0f7c02110ed00726134b104b059217b707a80169099809710cde16c813bb158a0d7e03ad03ae04e00d7812180fc5038e14b0
        14b112a0129f12c20a8116010e390e3103930ef00d12158b09ab08e4148c108f109007f10b650b6600b9178900b7102d090d0706089f13ca14ba0ca817ff174e
        0d410da0137314b20cfa06201032147d12a20bd3061104fd004a17a008c01401154e13c90687022e0361014905db0d3b10dd091217b300950f8908650cbd0cbc
        15a70254109412641543125f01da025e106509190b2b0b2e0b2f0966109d17ae00d20f390f3a12b91389142d066606670bde0bdd0bdf0376050f02ed02ec02ee
        02eb02ea0a6d005500ba05b00eae15320e1510e910e710e410e310e810e60da4039b125000f20fdd007114ea14ec14ed14ee14ef14f0159e0e1d05aa06da157f
        0fb001a202f3060d0a150aa8148e16ce125115f916fa16fb11560734073317e808c60b4c0e3f0bac0e7f007c04a616f403c0045409f60366036703680b7c1730
        0afa059505f909460948094709490206103b097f0a230c6915b200c617fa091303790ff812d201ac12560b940b950b960b9707a707c90f130eed0703070210d9
        14d617dc02ca0fbb05df05cf099602ce02cf02d002d1131214c50a92005f0a9107da17a3015e00cf0ac70371137008ab0de201c6062807ad17e9154f0f380528
        161f0ea50ea207b314300eab0eaa0e2b03cb03cd03cc0dee154403730edf0edd0ede16e9153d16d308a700c200350c31097a0bf301db02f61435143614340e92
        0aba0ef60ef9132d132c00ee0ac8051510bb09150fcf0c7e135f172c1444003109010bc40fd404c016281716165905fa0223021b088d0665044504cc04cd1400
        0f85023b101915bf041b05ef0c7407aa0745122d15ac15ad080d080b0a9f0a9e00c407e00b630b62161516880bc2066b0b340a7f07bc0d881033102407201111
        1112110e110f11100eec0d3900a91304178706bb06760b1f0b1e118f15860277044f044d049c1795173c01750ef305e705e805e405e905e305e505e61368020d
        102302200eb00ddf024c120a0b1c0d9e125c10090b0d16310d300d3101aa1087032204a304a20e950e941070106f106c0c0508e7096402170a2a0196065f0660
        177a14ac176612ea0b2d14c1009d07fe09890c300ce0120506060d010d00090a0b19159b029d09260b2508f30a2c0920091e091d004200400041101d101e1669
        05c91030103113660ae70ef40e690696043306be0c7f0c8006bf0b57008111ab04bc015b055a0559024215a20c530c520fac076913e411ae02000cf90e980c8b
        00f110760d0404300e0b0e0c0e0d15ae15bd0043073a033a085508000eda0a1e13be0a210a220bae131a0f160992079909f302e71099140a13eb138d1336083f
        0840025d03ed16ed16ee11e11619099a0a8d099f0e6800d608f81654165516560f11112708670f10086917170432172f0167016814680544161c100f10100358
        175515b70b7909e613b613b508b300540bba113808a402b0011701e306c306c406c50d1114b610df12430363036404ab0cbf136a136b0faa02e916c908a50410
        040f11ad079b021402151773177414bf1748152415230e90079c0f0217f217f30c57090212841283144c144d09c905a201bc14ad0bb916bb0a4b0a860c830a70
        0a7111c8162c09eb09ec0b8912a5133e133f0d3602fa02fb142a01f7091016e61060022114e800dd1021044e0f03129b10f210f50b6f069c0bd012ce088712d0
        13b114f30ef5155c090414e7103a067d02390d510c6f04a711d101de06e1129802f501ad16b7098f174b128a128b012d012e012f0130150215031504150508eb
        08ea08d608d80ff7065107e10f940c8505cc033c033d0301030013ae03130ca000050006034504ad1025159d10770e43087a08790878087e087b0880146b1274
        03820acb0f720ffa11f40f09087d0af517af14570fd30fd205ad0c160c170b6e0cd3176f17700cc20cd20cd012e00d890aed144b067012bc0709070a0c4e08e1
        08e20dec14da07a507a6124a124c008704351784143a0e8813a713a40c04058e04c50ded124b1690025702c4054912771521023a112f0fab105810ea12fa126c
        1043104413f1154d148a013c013d013e132715d615d711180dd10171073f0740074207430741039500f70bec12fd12fc0ffd07b105bb12a91172129c156f1570
        0721156d0279027809d60c0f06d506d906d8003c003b004500460e3b08f914b810710fc30fc4025117d01801010701060ac4090e164c112b112211f3050b01f0
        0d6902cd03f203f3082f0813110110a710ab10a810aa10a905d205d40cc8060b0cdc0eef0ef70a0e0f181618096f0970170b170a073c073d15dc15db12010f19
        178f0f1a12340f1b13ec13ed0d8e142c0013001400150929001603b916f217de13d8096313f31734106611ac074d00b801b811ec05ed0a2b00bd01e201e100d4
        012a09c30cb60cb504491775177617141712171317110eac043104ba178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c
        178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c178c
        178c178c178c178c178c178c178c178c178c178c178c178c178c178c0d6b174c070115b10c39140f0561057b0bed086008040f880c550b080fe80b4b05c014c2
        14c314c411a704ff107c0cb906e912d3082313b813d5060e155f0255022d104a0d5210cd0c3b01c1170f143714380b8e0c9a11b614eb063b0fb70fb610b50b78
        153f110011390aab0aac0aad0aae156715680469084308440293028f1604128e00510d48119b068f069008f112ec082c082b0089103f0c3f0d740c400c4703ce
        0c41072f14920e2f0e30146f12f912f80d2b134c134d098c0bb8146e12e40b46003714731470147214711474146d02aa02ac02ad02ab02330234024802490c51
        0bfe050c14d306730b490b4a013f0140014107531463179e125311eb00a80fae0faf0fad0ac50ec90af70af60bff0b1216f70e1900a70e1a03bf0ca90caa0cab
        0f150fa016ab0f8d16941693167c0f6115c20229022a0b130629062a093d0756029a029b008d10381039025c055313771375137608bf08be007600f60dc00dc1
        094500660d1513e606f017d802750f6b0abc0ac114a314a414a614a50075110500320924092500b000ae00b200b500b100b600af00ad00b400b3163514f814f9
        0c600c5f14fa13e0083c05b505d705d8049e049a16a116a20f081120017e0a8e0928069317fe0aa90b3a07a4066d00a4168c126e126d03040317030607bd05b1
        01a103590e9105de03e10a9907a20594114701be07af03eb170d0ee90eea0eeb0ee50ee60ee404aa0a730a740d2f0b410c670cc10e1f07bb174f08a112221221
        12200a1104e20a260d0710420f770f790f2a17bb104007300f4e11c2152d13260f760f780f96125b01e90e9b0e9c038404bb154b0e4503dd139316da01910402
        146a0c7009bd13b017f1179b104104b211e509b209b109ae14750cc404040b0014c012710c290e8b0e4007b215aa0f6a137a00c5128714271152107b03560a00
        16e1006712320c6e10560ed410eb104c104d00ed01c3141f16a61165014201430c7110c315f80c4b157c157a157b110414e014df080314860c5b112113ce1640
        0a3b0a3a166015330c070d1c176a170908fb03b510f00a070a060eb7017c02fc02fd0fa710910c6816520100069e12c312c412c512c612c712c812c912ca00a0
        07df08fb147f163c163e04cf133c112d123c17cf13510d03044c1089015301510fbe0fbf09c009bf04fa0a5006b30fb50fba16a30a7213f80284028516ea15b8
        15b900a50b750b730b720b760b7701a011aa08bd08bc14be06dd0cc914bd0b5402860287156c00f5157e157d07ee12d6046f0470046d046e04710bbc0be104b6
        123a004e008e06de06df021904c10fd80fd7043c0e7b0f7116b50e6a079f03e90ba8122604ce05bd01cb03340335032f0330033103320cf01466060a09400bf5
        0f20160b00f805ce0ceb0cec006a148315be100108a01420000f061f036c12ba051d051e051f05200521052205230f680abf0ac00bda0bdb171505da04b00e5f
        0e5e148408fe09000246048406f106240ed7101204d014fb0fa40fa91499149a149b149c0024082603b301f209380d8b03cf13fb13fc172617b5003908d00230
        023102320fed179401c908a20d1d0514013201330134013501361467170117031702170416ff16fd170016fe11c300e50ee70ee812df12d90a1c09e2007407ba
        151d0c92159a0fee0fef100614aa14ab031f16910d320d3404af019a14450197019816c412bb08610ca70ca5049f077902bc077f0ca612b512b412b3081b15de
        177813ac0a5c13650c860b2815b60b4503520ced0fe70c360fdb16d811dc0c5c144604220ec716210bf817b6151e03d7035f02a70b2602a8115315dd04f11428
        04f2125a0aeb04bf08580c98128c0a8306a40d0c05c514cd014401450146007000e100e00ece05f30f640f650f9a0f9b0f9c0f9d0f9e0f9f058c058b0d721282
        05b905ba0d1a0ec5149f037417ed17ee00f407290a76071a071d071e149e02470e4d0e4e0db60dba0db70dbb0a31029c10ef139b139c15b5120201550631021d
        028302a508ad002d0030002c002e002f07ec0b9d0e4c089902f111cd0a400c46171912fe0d25165c056a1479147714781476147a13ab1386173d0c2d09a809a9
        018701dc08b40ba4152e087206850a040b3117c9178e14d006aa06a906a606a806a7050105020068006908141689168a11a80ea6035108b20b5d170617050a75
        15c30911024511fc06841061106205c202c302c002c116a502bd16b30d500e6405f505f805f705f605f415fb06031280145b127f124012411662096907f516d1
        1650045902ff088f08900908164b17cb001103bb025610c9000100de146c06e80fe90fe20de30de40de50de6042c16e30e1012f609f2010f0110010d010e0a65
        13d0039d02160208045b15a615a509f0141204f8062f17f517fb17fc026a0f2c0f320f300f2e0f2f0edb0f2d03960863005a08a31175117616660a3309d20147
        099712720f3115f1043f0af40af30d0a08d508d308d707d714af0aa50c7b05ac05ab0c5d041104120f2814080f140d53156e0c9f0e2215850a1f0a2d06981598
        01d90a44055116af15e817240dea0de90de70de8138f0f400f410f420f430f43175f03b11313131503b2173b03f916ad14f5021a02cb09dc09dd09de09df09e0
        09e11235001b067a0e700e6f0e710c1e0c1c0c1d0c210c200c1b0c1f07641697099d08a909f115880270026c0328078e1092150d01c40766094f095109520953
        09540955095609570958095016ac150a0e3c0e2d0e3e02580259111912881760071c07190ae10ae00710070e071109a00ab40b09019e15e90eb5004416b4131c
        0f6c0f980f9900fb00fc0af9124f0f7a0ae217e7066f17d115370b7407e9094b094a0a3414de014e12b20025075f07630762075a0761075c07590760075d075e
        075b0c7d097c01f3056813df15970d09139815e30f860f870647109b109c109a06ee12171210021c00f000e3175b0ae90d7c1624046307e4072800be15e2123e
        0adf047c047b047a0f5f07b717ea046404660329032a03121181117b0d6f0a14130608b906c606fd03c1103c103d05c6116101b500280bc001ba0a0b03dc0636
        10f314220c240bf40ad704fc057c0131022f10780e340e3a0e360e350a5d028804070a3011e00ea7
        """
        /// Index into the descriptions for each UDP port.
        static let packedUDPDescriptionIndices: StaticString = """
        11370a0803890e9d056104c300e5047f0e130a40031305fb05fa11b6119e104d0b1709e009df04c911cd0ed90eb806af073f133a09ca0a3e09cb04ab096f0ea0
        137904e2137707e413761378003514ec037b11240ca4023f023e11fa06ac0e9e0e9e0e9e0e9e04d0ffff06101359136b09b7037709b70a5508e00f96043709b6
        0b94049d11d30f9c042110f111230a500af707ec06940041028b00060ea70f530d990d9a0f9b0a2001911049007412250f7e0b8f029905860f420b9c00750969
        0b220968066e0d4113db13e613e510b107ba03fe0d100ae50ae40ae6052d052c02491247120c07eb07ea08aa00480f7f06de01f10f2a0af20af20f7d08d10cd4
        0b160f2b0f5a0f6102a402a3138a105a0ac50e550f180b930b8a0b89139409891274065713610bb602400869123912410bf20bf50eb008cc01560d880e0e0688
        0dd20c2c109a08720436043804c004c10f52077e015101500152014f015201530152015211b5007711ab00c007d312730844038e13f30b741240086602080209
        030effff04b410efffff090904ca0f98ffff0e1e0fd705640c8207ac015e06da01bd13650f0711d711d6098a0de3ffff0d6202dbffffffff05e008c50bd70596
        ffff014e128a09fe0c57044613f813a30cf00d1c0d1d0ce90e6211aa0dd10d5a13a405ea02dcffff0991099204530ad9ffff03f70359ffff1034ffff0fef0f81
        0e57019004540bf90a9c0dfaffffffff03500954093d093d072b012e0add0add1141114214301431142f001b076400a801541235094b1211110511040a48051f
        0b600bdd0aa908f107e90ca5123f0696ffffffffffff086711c80dd50dd404080e9f11ed10bc082d01d710430c53074c01650f4b016601670779077a0789ffff
        10070bf40bf312231222075e0b0c0a8f0a890430ffffffffffffffffffff13f21434104f0a7304050403040400a7039003c103c203c703ad03c6ffffffff13bc
        ffffffff04720473ffffffff07a9ffffffff149e0e67ffff0a96ffffffffffffffffffffffffffffffffffff0d68ffffffff08500107ffff14b6ffffffffffff
        ffff11ea11ea0d04ffff0ce80ec0ffff07e8ffff0f940a910879ffffffffffffffffffffffff061d0d3dffff1468ffff14c9ffff1461ffff14e01463ffff1212
        07870ad314d9148410b403dd07d814b213d814a6142214f0ffffffff0ba6ffff013c14e2ffffffffffff145dffff04120413004d07991483ffff049fffff0e7d
        ffff14adffff0f12113b14afffff13d914871496ffffffffffff146d146c13f914ddffffffff05dc1260ffffffffffffffff0f6a025c0ef90d6b08e60d3f0a43
        027b05be115805ff05a9071d115e02770f510d1b0eff00fa10d20e901371079d11770f6c03c3ffff0ff1ffffffffffff06e806e90f88086e0efe0efd04090381
        0f000545036d00ad03d7040600b20d3e0de900070e2607d0ffff101affff0e44145fffffffff09deffffffff054e0eedffff0d19090604110e8b02e50bef07a4
        06dd0eb4007b11440f790e4511a109fa06d60ce50ddd00ae10d1ffff13d40a210a2212581257127d02a000360402127c12c4065d09cfffffffff136c02ad02ae
        09a70726ffff01550b03129909d1075113b6ffff07a50e6312270c0300d105bc094e07da141901010f2e024105950594033c113007db07dc07dd0cc607760778
        0777147c0ba10628063e0ede145bffffffffffffffff14c1ffffffffffffffffffffffffffffffff1493ffffffffffffffffffffffffffffffff0ab1ffffffff
        ffff0a9205c9ffff0cf20aec0aeb0aea0ae913fb0656043404f714490c35117effff078f079000d30c120f4914bf14c008dfffff008f008e0edb0edc14241423
        0b7714d50d03ffffffffffff0159ffffffff0e390e3a148202e707d51083146200e809f30b3200680a4510c30b70005e10c801d8049b0611132d10dd10dd11d5
        02b00c8f04f30e9701e20078126c0f8dffffffff0d0208cb129c08f208a10fa205d60846084502a8065c01e302830245131c0e2a03f307af01ac00bb10750d1f
        006d01320132132702b502b402b305cb05cc05ce0c580d140e4e0af8037610d00e460e4709a50d1a00450046137e05dd07ed07eeffff03560919085e09440a82
        009e009b009d0ee701fe01ff047affff0ab707030702070208d80ef00ef10278027908d704650a570c4606e211651417059301941251124f083106491369ffff
        027f056d022d0223124b134e0076037d0b86144f0cab13f70ca003f8072c072d10680dee0ded0def0334125e116700bf00be042f03e7062604e3082404240f29
        01f50a7c000900cf0912091303060abb01150707122e0374068d13d1061f0c740e500b8e030113d204290f020becffff0943096b00d401350a4e0f1607c80535
        06b8ffff0a2d08c914ba0551070f00fd00fe0df510f00f571200127b0f390f92043505d4139e0d5dffff0eaf12450836ffffffffffffffff0b09084affff0b04
        1004ffffffffffff12d2ffff0a3affffffffffffffffffffffffffff10300c5d0c5effffffff0debffff0d0c0452040a140c0d1512f60a6c140e02c90529ffff
        ffff1471048604870d74ffff057d0dc707a0ffffffff0eda0b2908a313460f17ffff0cf302a50589ffffffffffffffff06c7ffff023cffff0e2b0d280c8c08a2
        07470ee00f9301d50d7104fe05b3ffffffff0070006f0ce90bd8ffffffff04601301122c0556ffff10c4ffff0cd10d42ffff04ae0849146a1306ffff0ac40e01
        0543ffff078a127a0119147314730e880e8804b0097e0e920620087c03da056a02aa05de09b3094d11ce0b840b850b9b0bdc03ff0fc806a4124a063b063b0325
        05380260077b032605680855119c014714de06750c3901820317038d0c3804de10bb10ba0db10b8d0b8c0ccc045c018712b502e302e406a80dd30dd30829077c
        0b55108b07320736018b083b083c077503fc0bdb11c911ca11cb11cc0686019a05a0074813ac0fbc146f0833074f07500ec1022e0a750a7407650fbd117f0565
        0567056602e202e208520a130dd80c8d01580c640ce4118b0770067006951457054703fd12920bb90dcf0dcf078513560beb09e40d790c3d02c302c200df1244
        ffffffff0c6c11941186ffffffffffffffff0d24005b0a88004e039e08fd1486096304daffffffffffff1481ffffffffffffffff10f805f112720fbe102c0477
        055306481249ffffffff0ece0a78ffff0a7206440644ffff12bf12be12c212c1ffff14790ec613da1454148c0dd0148c0bce148cffffffffffff12c0ffffffff
        ffff145affff085fffffffffffffffffffffffffffffffff01b2102e081606dcffffffff027affff1268015cffffffff00abffffffff02de0d49134302b1ffff
        ffffffffffff0ca30321ffffffffffff0a95ffff08a4ffffffff09b209e3ffffffffffffffff1497ffff127fffffffffffffffffffffffffffffffffffffffff
        ffffffffffff1495ffff0fae0fadffff1065ffffffff08600b490b470b460b450b480bc1ffffffffffffffffffffffffffffffff102f1120097009710c9f12d3
        0cc40cc5096a050907f107ef07f0ffffffff0820ffffffff0fbf103affffffffffffffff148514c3ffffffffffffffffffffffffffff1040ffffffffffffffff
        ffffffffffffffffffffffffffffffffffff085708570d25ffffffffffffffffffffffffffffffff106effffffffffffffffffffffffffffffffffffffffffff
        ffffffff0e580e59ffffffffffffffffffffffffffffffffffffffffffffffff14ac039affffffffffffffff06c606c806c4ffff06e6ffffffffffff0761ffff
        113d0349ffff09e2ffff0f3102ec0dbcffffffff0683ffffffffffffffff0329ffffffffffffffffffffffff105410f2093bffffffffffffffffffff0f7bffff
        ffffffffffffffffffffffffffffffffffffffffffff059f08d0ffff05f0ffff1498ffffffffffffffff06121349ffffffffffffffff0b2704ffffffffffffff
        ffff12dd121305ad0af1007a0a6a03930708053005310ab8063f0cad0cac08b30fc40e190e1a113a0a0d06d70e40058c0d82ffffffffffff1243ffff04b2009a
        00b1ffff0c8e0c9e0ac011bfffff009f009cffffffff1127ffffffffffffffffffff04b3ffff12060f3affff00630668ffff12ca126e025606150614046e0dba
        068510e0093a0abc09e50d350534ffff120f12d811e510df02f202f306210622ffffffffffffffff0b7b069e078402720a3f086f12a6093f06090acf123e14ed
        031e031d05170bee13c50a4903e409950f8306400641096106420fe2115f0877047c06a3122a10aaffffffff056f05c30d60147b077f078007810bc4118c0f78
        136d10eb05b012b605b701fb04eb006402d30774077309fc08b508b708b608b908b804180e7a0207ffffffffffff0ffdffff07e607e7ffffffff0e6c00320033
        12aeffff02670f300a3901e501c0132e0f7011d210630f69090b090c0b5c0b5d02dd04690447113511361134123212330d4c148e05af097601b5074013e913dd
        13de13df13e213e313e413e113eb13ea13e013dc13e713e8033a13f1ffff0253028fffff14a4ffffffffffffffffffffffffffffffffffffffffffffffffffff
        ffffffffffffffffffffffffffffffffffff0741ffffffffffffffffffffffff05a60096ffff0dc0ffffffffffffffffffffffffffffffffffff0b8801a6053a
        13ec097c133408130c450ec70baa01cd11950b5a078e078c078d046700c9046801a9071c005501b106a5047412af0bae0bad0c430783079c019b08cf08380fde
        10de0043065e051a07be0fea095f0d16048a0acc0acb0ace0acd08b404a306c1012fffff13a713a613a50a8309f802110372059b12140c1f08120718034e08e4
        028909a909aa066b0e0f0efb03070672051909250d7d07b50b3c13f0136a01a3108113a000c606b6009502a912150759075c07581139095a0959095b09570958
        126900400461043b067303b310a702461181138b11df0655007c007d0b2e0b2f04f41364ffff0e73141401f005bf09d709d609d509d40a620a5a149f0d4f0a6d
        0a7dffff029d03640b1d0c4806bf0fff11c2120a00ac04e909bc0c4f0c5000f5084d13c713c608ad06f4070006f206fa0b0d052f093c08d90e2907c9128f06a7
        02420b520b4e05a405a20ed5055f04ad0415140704710a4f133d080407b804be10030b260c8a00c808150e300803062f09ff0b0707220d26013712500e3fffff
        04d10b01045a0fee12820ccf14c40ed801c1007e0360035f05080188018909810c54006a09b114cb0fdb0a2e0abe0cd71438143902541055ffff0921091e091d
        09220920091f0ac6042e0aee0975108a053b10890b9208ef00f611bb03ee03ef0ccb02d5038202190dd9018609eb112affffffff0f0c0f0b0a4212e9075602ba
        0da60f19018302e1082b10350e28ffffffff03bf00790798ffff0b7a0b1c116b00510e240f550039003a014bffff0bcd000c1309136e0fcfffffffffffff0681
        0680083504a20d6affffffffffffffffffff06771230064b062d0bb51149ffff0a260c00ffffffff100d0c71022608f4093303f403830a6b0a6b0f0d0f0e12c9
        128609f70c7e0e530005118009d809d908fa135d0ad20caf05fe0c56ffff11901191079f116208b20cb70f6712830b7f0294ffff020603660e4b0388ffff0185
        044a064d02bc0e4d08d2063a129a0a280c4d05daffffffffffffffffffff0c8b115c122f09e710fa10910d650b6f0da001e4045613cf0c7b14320e20ffffffff
        1071ffff082312e8ffff0e6dffff037cffffffffffff092a04b1095e095d073714a109edffff0fce0264010e12d7003b003c0fd30fd20fd408320c9a0c9b0ca6
        0ca70b3a0b3b0d8b0aa2116d14a203970667118201c605e704200e020bfa122f0ebd0ebc08de0b0813050da1ffffffff0892ffffffff0a510341034005e305e4
        0a0306c31342ffff0d6600e913440dfb0c9009da051e07d60ad41224128007fe0c33107203710988ffff124dffff12880972097314dc0e320a06ffffffffffff
        ffff07c7004707e302e8ffff125f0387ffffffff0cd3092bffff0a9d048002d106ee03b8ffff03360f7410880717029607881201022506e711330fca0e64ffff
        11f300a100a009bfffff0af40af309900dbeffffffff0a1fffff09bd046313541355073e0343106d0710ffffffff10100b120b13048304811318111812aa090a
        0dfd0f480ba7ffffffff03570db8ffff09270a7a0a54091c0164022fffff0a9e041c105d105c105b07e008630ced01ed1084081e10f70065011406db11e20671
        11f00bd90073110c124e127effff05030864108703bb121908da0f650f620f6806520c02021202130d470d48ffff01120111115a117affffffff061cffff116f
        0f3206780679110affffffff0ad1ffffffffffffffff146905e906f307fb00efffff128c123a0c3c099803d9ffff0f4e0f500f4d0f4f0f140ad0052b01fc10e6
        0f8a0f8901ae0e710e720711083d0cfd0cfe0fc2ffff10660dc6131dffff09e611290a270f7c11320ade064c064f103e028a0b510e1d0f800ad5115201101169
        116affffffff121e02b7ffffffffffffffffffff0e52ffff009105b8ffff02a6009300920fa5041a041b048e0466ffff0386120e120d140d12a9129dffff0e23
        0e230f4a0ec80ec806c009030901ffffffff005c14f1ffff13b414940b670a250cf909eaffffffff095cffffffff11500792003707a812a7ffff0a141312ffff
        ffff088502af00e30669ffffffffffff090209040b0affff05c712341261ffff02b802b9ffffffff07fcffffffffffffffffffff05540555ffff0eb510a80b0b
        ffffffffffff0ce101dd01de00570058006c05df0a4affffffff07f3082cffff1044050600e204a404a5117310851467ffffffffffff0bcb0795ffff09e10e1c
        0dda045f045f0f7a01c5002effff11080ada0adc0ad8062411dc0e3513b50f750e5402c802a10f581287002f0aca0507034400940d050df800610ae20f990983
        027c12fdffff0647113802240597023d068211480571057008dc14b114b00298029713130d0d09be12170e3100710072032d07b3001500140df70c2e0cff0f3c
        0f3d0f3e0f3f0f4011760a3006c905d3066212ea12eb05460c2f09c50c300c3102c70c32088808890e49040f01d907ce07cd01e801e7079a0f820533054f07b4
        0b4d0cfc0f9d103c063c02a71172117106c2084809f608050af0070b070c0f95ffff06e5139d01da130301a7126a126b079bffff0e2f0e7c0eb206d90558029c
        03d806980847097d0a790d22119b12021203069d02520ac70bd305ac10110eb9029f005402caffff0adb0162005309460947094501610e950e870cde0cb805d2
        072306fb0fb8036711daffffffff024d058b0ebeffff05e810390b181428067d007fffff006b0d8c029306a6ffffffffffffffffffffffff0ea2ffff0ae305d1
        1464ffff09ae03af12b113860cb10cb00cb20cb2092e14cc114c114d114e07fd0cd208910176140f0d340ff2000108bb08bc0d3000e41248029e0c5506f81079
        0198019902ff0300025e06990d6414c6132a08ca02be028709a409a209a30cee03ea03eb09ec050a0203002202d400de0b5e07930b380a5c0db905bb0d5206bb
        14b314b40822016912750e270fcd118d02c4ffff0e3c0b580b590b570b5605f20ee40c1708c208250929106a0b2b1146043a0f210e3407b20bac0e0b0bdf0be0
        0f1a0f1b0f1c0f1e0f1d00a4112200a50d6e0e6606ca0a7b01d001d102ac013d10c707ad0c59024e0d78039403950616108f0ed40b820b8205760575042a0dad
        02b608760ba00b9f144b087e12a10ce606f7062301ad10ee0ae1089e089f05f4123805231307136f13700689041d004905c807e504a904a8069f107b12b709a8
        1339011309a613ba13b913b813bb11f71116102311cf0c51126f045e045d0d0f10af06ea111404140cdb0cdd0ff00384038508830599144a14ee0adf04fa13d5
        011a0b1007670a630a64129f02cd064510480cb40eea0a1c00ca0911ffff12840fa3047b0b3700160d8104fb041e02ab053202800ee10302ffffffff04f60ec5
        03e5048dffff118f099e0c180c1a0bf70aba0c191159115704f009990157123c123d02920056128510f30f150c4012770f2401b6055e06ef099d09a0099f0407
        04bc04ba04bb04b90c0e0c100c110c0f133209d001d6082a11fd0d6d0d32031c05cf02550fc105c50f9a0cb3121c00f30aa312ff08d608d504220ac803c503ac
        03c411450939035c128b0290036a130d0f6d0f64068c06430591035dffff066101ee028509db04d50ef7051303f003f104f10db403580a3702c502c6ffff05e2
        0bc70bc8090501b90ba40ba5021b14fa1092024b01b7010c03960eae0880143d025a0ea914f514f60052016b1331000206540fc700e10fd60c200c620d2906bd
        0196109c07140b3d0bf00bf10c7c04890a29000804bd04c40743028400a90ee50d1701480e56125b125a03f21147050e0510050f050b050d050c13080e251170
        0d87ffffffff088a088b116e06970b1e1405102500030fe3034f12e510620651030907a7090e05d80457036f0f9e11790b9e076214bd14be145803f60fc30e5a
        144c01ab09c7087f028800800b35086512cb1380132f01b400ea09f109f0106907a301700b7d0b7c119804390c3f0505051614ca1264088d088e06b508bf0e6f
        0e70121f09dc0f540ea1076807690d0112df06d214a011a6027d11000875119d0fe0013b11920e850e0a12bc10600d63099b028e07bb01d30f1013220569043c
        043e0a3209960a2f0e8900f8042703610362039c046a118e0ac901740ce2027e120b058109420d500ffcffff13140924092301dc0a2b102a0814002300240e06
        14d612d10827085301cc0370109e0da511f202b20504105e0a56010f0fbb10ab13d600c1002c002d053e053c05cd06d504d612e113d008a6053f054402620263
        13fc135e142b1045100003de051405ba0b780b7908c4018cffff03e21381109d063d0bc20d0e137f12e61204125900e600e7081a0d83014907820782ffff041f
        121d058d0786076f0484026d0f47140009500c84134502e912d60edd04700bb30b0f01e6052401c905c6044811fcffff14c504aa10c909fd024801c8119f0b2d
        0ee9086d09280b4b132800f000f100f20e7e0e7f10cd02760d9805020ff9113f040b0133131513160c28144d12101392139110fb135a0b731395059c059d061a
        0355100f0a8c0ab411130d400e8114e40938072e135f02cb07bf0ef506760931093214e903270286037312b80b2811d00ef402f8066613be05b113b1142a0650
        137a09bb0ea8095314a506d403280e5b0312ffff139f07f2049e08ba03df03690bed00310fd9081c01ba01bb128e06130f730eb10e1011781404046f088c1475
        108effff0a850e1b0db21451126d1086072a11be0ea610a210ce08ab13040066147e0ec4147d090010d5139803ce0539103600c3038b038a038c013413190b6d
        0b6b0b6c030d04dd14fe005910931094098f098e0fc6006e14f20af60e080e4c1255017b09d307f60f720df610950f850f7110c60c7007b911ee11ef0b2c100b
        14ef065a13c014fb10d810d9142e142d01aa0bfbffff105f0d0004c21372063313bd07aa046204581281107611dd0ae0032b032c03e60bb80ca20cd0029b10f4
        10f5104710460757080012360afb0afe0314016e0a0111de081b06f910e90db50db606a0095109520193136000500d27074d05b20733108c110209c913af1302
        0fcb0d23006910f609e804f90cf40cf50f130a02045b0caa01361388073d14b911a70ee2052a01f6039f013804f80b240d20075505bd0042148d069c09ce09cd
        11f1020a0dc10ef811a50ef601a502570d071437093508fe08ff145203a00e96010610050c880fe9106b10a9054a054b098c098b098d030a0400021702160218
        0215021407f413b013b304d20bcc11a30ba9ffffffffffffffffffffffff0b4c03200fb5011c0cdc003d11261183118311831183118311610bb7043105481156
        0d3c06ae13cc045907c300d0122612620eec122812ec12ed0e6e05ee05ed13970ed309080b3309660b9000d503ae133f133f033912e003bc03bd03be09651020
        08eb04260451080a08090808080701a40d5c083407c00a8111fb019c13a90868030c07e2100101750eee09780979097a097b0632061b0c630c05057c057b0de0
        14d214fd01e10d46ffff044307ab02440244024402441031111108900038084b064e138c014c005a08c0029514c707380b6e0179140105f513990ed70c870464
        0b660be20be105d706a00b1a0b190af9034b034d034cffff081d0308135304e004df129011400ab506e300210d9f0a34143c099313c202000f8f0f900f8e0b96
        08bd0c130c1410421041015d08c1048c0db3086b0ccd09b910b7133710b80a1e072009f90dc803e11218135c129704ef13c400cb0729051503ba04a004a11052
        0c4e13c9073111ff037e05b90a87063605ca0eaa1163116402e002df08b108b0016f067b0910090f121612b909fb051808f607ff05f80b390cf80dca05c20df3
        0df40df00df10df20c040b2a004c10271325059e051b08f908f80e9811d9021a02ef02ed02cf13850d7201280c4700b300b800b500b400b700b900b6106400c7
        0ceb00cc0b1f0b5f0f450e2d08f30b710fba0d6908d3121b0ac10ac200aa0dbd037502d202d00b150b140d0a0d090d0b0a1814330851014d07d4016d05aa05ab
        1311107a135b0f1f0936111000f90d5f09b00a3609d20e5104550a120a11074a08e9116001d208610715071607d2075d075b075a0027002500260d7a0d7b020e
        04cf0d840d85ffff08db0cae0bd10ec903a904fd09b809ba04fc0949025b14a902d7014501be01bf025d13ce09ad09ac0d38ffff109b0e3b01a00a0b0b950a8b
        011d0dab147003a40b680b690b6a11f611fe002805c1026c066c068a0bff07cc108207c11459097f0f2d148b08700646085d14920dc910531051104e104c0664
        066501bc033812cc069107c407c5080d080f080e0bd0005d07191294129512960c1c0df914770c1d1478135103aa13260142014310cc013a123b0d6f0d70033f
        134f11f9094a01030f6f0f6e073b003009800e2206e0023b103d00c4059a059a059a0ab610f90d210ee8028c028d03480a930f430f440d36025f127106e1ffff
        ffff14a306000e5d0e5cffffffff11090a70119711960b5b06000cbbffffffff146b07440f060f0510be10bf083004b7ffff1032093012d01448144e147407f7
        07f80e41121a084e084f09670f340f330f350964031003110f8c0192075312ab0da2013900f700600d7c02ee0c4c0f110dff0e00053705360a000ffb06d80ff8
        107311850ca111d1074611250d53053d01fd0d890a860ab90e480173054c054d01ea0ca912c6145313470f080f090124012501260127112b112c112d112e0705
        070406fc06ff07010511067cffff146504e8028102820266026514c802740aa1000a000b030310a50cec0a1513740b0206d106d006cf06d306cb06cc10d60efc
        029a08840cba0d5e0e80ffff06cd0fcc14f910250d920d9104330aab0aac09140a6e1329130b0a5b0dd70fdd0a71134b0a6710c5056b0fed05b405b50c44070d
        070e0b651119063006310faa0fac00db03b0131710b20b110f660f63099a042303e30b3e0fab1270020b020c040c0f01113c02100e180cc70d9c0de20f250efa
        ffffffff0d4e11c410e80081008200830f2f117511740e030aef11b1ffffffffffffffffffff031901230a1b0f270f260d610637043d10220cf70ef2111c111d
        111f111e02010202145509a10590058f058e0020001f002a002b0bc6072111010da7148f149001b80f20096213b700670887074e12560e160e070ea304b5018e
        0b40024703a503a5065f06590de81499149d149a149c149b0445044409dd04990a5e0c850c8604cc0c8110b30796079713201321ffffffff1341134002220c68
        0c6b0c690c6a0c6714f314f40b4103b4000f001100120335001014a7033d13931050079110e713000d7f0e9c0629010a00f40eb304ce07d1010b0109010800ff
        010d0826ffffffff03c012fb12fc12fa12f712f812f90b1b03a602d6136313631363136313631363136313631363136313631363136313631363136313631363
        13631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363136313631363
        136313631363136313631363136313631363136313631363136313630ad61348055711660a460f84041604bf0a690692068f008d14d4145c0ce0096010e2110d
        110e110f0e3703f90dae09cc05501002065b06fd06fe048b11e901f401f20d6c0ba80ddc0a470177132310ad10ae09740a9b0ec6ffff057a0cc90cc80da8091b
        0a090dea0e68089708980899089a114a114b02bb06b106b201ca01c712370ff705a50b3004e5057f0580071314b5ffffffff01410cfa0a4b0b250a4c0a53ffff
        0a4d05eb10570afc0afd101406b406b30abf0f370f380d93092f1013101b096dffff1018101510171016101910120235023602370232023002310233023409ab
        099704791117056e14600907008400850086ffff107dffff0eeb0ecd01000d3a0d3b0d3908a00bf808e208e10aae08e312e70117004b0fd1033e09c805850584
        0c660d2c12db0cbf14e614e512ce0cb911d801eb01ec08d414021403086c05f701ce01cf00440d8e0d8f020d041010d310da0f4606ed0724003effff0b750b76
        078b00d709ef0d7705a71389021c0c2d089bffffffffffffffffffffffff0dfc0a90075f0760142013d314e114e7004f14e8141a13c814c214a8148911881189
        0a770a76118a0f77068b13fe0441044202ce039212e312e20c370e0d009908061450057e13ad08acffff13620574004a12c714560305026a026f026b05f904e1
        017203a300eb04c5035e08a905d504250e8a00ba063902eb131f0c0b0c0c0c0d0c070c080c06034207f907fa141d0948146e1472147a05fcffff07340e600e5f
        0e5e087d10c20ab00a170c770c750c760c790c7a0c7805ec0c970ecaffff103f06f606f5ffff0fb913c3062b062c0333024c11c00b8b035a1070128901680c99
        10d409b5084c0f6b0daf0c800cfb13cd0dce14401443143f10ca0a61036c08ce051c14bc0a240bde0bc3063811f40c61106c06f10fc90fa80e1f0ddfffff0874
        128dffff0fd009b40d900c410de40dcb0dcc011b014a0fe112cd0ecc00870088114f0d4d12460aad1154115511530e1111c611c5058810e50a590e0c10a01221
        14461445125c11a40aa809f413580754071a03300de5087b087affff00980268026914910dc20a7f0000013013870ff40ff30ff50ff50ff50ff30ff30ff30180
        067a071b10d71253125404d410580e650ee61390106109ee03150dbf013f013e0d4a0d4b07b707b6ffff143505630d440d4512760ead10a30228022912911168
        1168018a0917091609150918091a01710ec306eb06ec110705490a5d11060941022c022a11eb012211bc11bc0687100603d303d403d103d203d509840a10ffff
        ffffffffffff140b140a0bca03e00cd90cd80d95ffff0cbc12c3015b062a02d909c60e610fa0043f10ec02f902fa02f402f502f602f70aa010cb03f5143a0994
        0c1e122b010204af0a3d0a4100cd10dbffff049a06df0f91099c13ff02910fda0bb10bb20baf0495049604970498ffff089c089dffffffff134a04ea03dc0ba3
        0ba210dc14ea14eb025102cc055204f20c5a0d7303e811280d310dbb0fe40fe50fe60fe702fd06b90eb60763077d12b2034a077107721330ffff138f0cdf01f7
        01f801f90d541384017d0ab309f504f5ffffffffffffffffffff10cf12ee12f112ef12f012f412f212f512f314ae00620c090c0a1009100c07cb0854010505d9
        0dec0a0a06630d550d560daa1077107802ea12660ac3147603db016c10b900a200a312c80cf1ffff0aa50aa60261ffff024affff0aa40fb40fb30fb214291310
        130e0ffaffff0f410a0710ed11f808fb08fc0a440d760a380cda12b00ed009af10c103980bf612310a8d03cf14d3111b03ab023808f50239ffff130f132c0fa9
        132b102111b302d80d940a9a0f0a080114180aafffff0fa10089008a008b001903a701180c01044b0c2a0c2b0c490c4a0c4b0d2d0d2e0d2f04cdffff0b830f04
        0528052809f20c3e111a039113a113a2012105c41265141114121413111a12630b060b050b4f0b530b4f0b540b5001d40de60f5d0f5f11f50ea401400e8c01b0
        022701fa06e409c109c209c009c309c4069a092c0be7073001e901a207de0a520b360f28072712bd041914d014cd14cf14ce14d110eaffff133c0a3307b007b1
        016000c20c6d093e11a006c5052608780937136613671115076e076d076a076c076b03fb03fa00d900d806b012ba12bb0e380be30270073a094f131b131a0882
        14db075202200e14052e0d9d0d9e04d901e001df01db12a3126712790b4412a8044d0450044f044e044c122903e90f030f9704c714b714b8125d080b065312a5
        12a005f30275ffffffff074b14e3137c000e033b01f30d750004019f1080ffff0d8a0d8d0b980b9a0b990b9703a112b40bab104a07bc085b085c0859085affff
        108d032207a107a203b211e411e308560f8604ed0562058313ab13aa02050c210c270c250c230c240c3b0c2203160674003407350e8d0e8e0a0c07d70837008c
        143e0fc50c26125204c608e708e8ffffffffffff070905e10f9f088f0a3b04d304320a58037803790c7f0fb10c650b4a11510af50b87115b07ca1444141611e0
        018107df0a8012d9117bffff0b640b620b610b630f560c950c910c920c930c94ffff03801033083a037f133e036512dc11871199119a083e083f084008410842
        08430ee3001805820bd50bd40bd6ffffffffffffffffffffffffffff142112d4088111ec085811db01c313cb02f1062512091131049c060fffffffffffffffff
        ffffffffffffffffffffffff12da112f0aff0afa0b00021d021effff1103ffff1412141108c808c7055b0559055c081808be08f000a6117c0b21002912e41037
        0c360d2a0d2b012c012d08ea0faf0c7d08ed13961415137d11a8ffff0684057305721447112100d20fe8ffff0608060e060d060c06050604060306060d5b0602
        06070ab20184018f04a7109714da07c20f5912080cbd0cbe13fa0d130d120d1105a10e790e7401af011f0116135008dd14bb124203c9067f05e6014412070fa7
        08c602c102c002bf0c290635139a03ca03cd038f027102730e830e2c0ad707c61029073c0540033103370cd50cd604400e2e018d05a309850be5082100bd0501
        0dfe0f8b0a2a0a3c039d047804b8005f02580da40bbb0bbe0bbd0bbc0817022bffffffff0ed20be8
        """
    }
}
